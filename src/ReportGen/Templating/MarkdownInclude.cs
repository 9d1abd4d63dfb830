using ReportGen.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Wraps Scriban's <c>include</c>, which renders a template and returns its text as a value: that text
/// is Markdown the templates wrote, so it is returned as <see cref="RawMarkdown"/> (not escaped again),
/// carrying the included template's own source map.
/// </summary>
internal sealed class MarkdownInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(RawMarkdown);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var paper = (PaperTemplateContext)context;
        paper.BeginInclude();
        object? text;
        IReadOnlyList<SourceMapEntry> origins;
        try
        {
            text = include.Invoke(context, callerContext, arguments, blockStatement);
        }
        finally
        {
            origins = paper.EndInclude();
        }
        return new RawMarkdown(text?.ToString() ?? "") { Origins = origins };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
