using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating.Objects;

/// <summary>
/// An optional part of the data (the meeting, the author, the Plan) that this paper does not have. Templates can
/// test it (<c>if meeting</c> is false); reading a member of it is an error that tells the data's editor what to
/// add, because a template that prints the meeting date needs a meeting.
/// </summary>
internal sealed class MissingPart(string path, string example) : ScriptObject
{
    /// <summary>The data path this stands for (for example <c>meeting</c>, <c>report.author</c>).</summary>
    public string Path => path;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        throw new MissingDataException(span,
            $"the template uses {path}.{member}, but the data file has no {path}. Add \"{path.Split('.')[^1]}\": {example} to the data, " +
            $"or test for it in the template ({{{{ if {path} }}}} … {{{{ end }}}}).");
}

/// <summary>Data the templates use that the data file lacks: the fix is in the data (or an <c>if</c> in the template).</summary>
internal class MissingDataException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
