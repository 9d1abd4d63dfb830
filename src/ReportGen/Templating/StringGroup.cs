using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// Scriban's <c>string</c> group, serving the case and trim functions papers use in headings (<c>upcase</c>,
/// <c>downcase</c>, <c>capitalize</c>, <c>strip</c>) without reflection, by calling Scriban's own methods. Scriban
/// makes its functions by reflecting over the group, and the first use of that reflection maps every function of the
/// program: 12 ms of a 90 ms Native AOT build, for one <c>string.upcase</c>. Any other member makes the whole group.
/// Listing the group itself (<c>object.keys string</c>) shows only what has been made so far: Scriban enumerates a
/// <see cref="ScriptObject"/>'s store directly, past any override.
/// </summary>
internal sealed class StringGroup(Func<ScriptObject> makeWhole) : ScriptObject
{
    private static readonly Dictionary<string, Func<string?, string?>> Direct = new(StringComparer.Ordinal)
    {
        ["upcase"] = StringFunctions.Upcase,
        ["downcase"] = StringFunctions.Downcase,
        ["capitalize"] = StringFunctions.Capitalize,
        ["strip"] = StringFunctions.Strip,
    };

    private bool whole;

    public override bool Contains(string member)
    {
        if (!whole && !Direct.ContainsKey(member) && !base.Contains(member)) MakeWhole();
        return base.Contains(member) || Direct.ContainsKey(member);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.Contains(member))
        {
            if (Direct.TryGetValue(member, out var body)) SetValue(member, new DirectFunction(member, body), readOnly: true);
            else if (!whole) MakeWhole();
        }
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool CanWrite(string member)
    {
        if (!whole) MakeWhole();
        return base.CanWrite(member);
    }

    public override bool Remove(string member)
    {
        if (!whole) MakeWhole();
        return base.Remove(member);
    }

    public override IScriptObject Clone(bool deep)
    {
        if (!whole) MakeWhole();
        return base.Clone(deep);
    }

    // Scriban's functions join ours; a name both have keeps ours (the same method, called directly).
    private void MakeWhole()
    {
        whole = true;
        var all = makeWhole();
        foreach (var name in all.GetMembers())
            if (!base.Contains(name)) SetValue(name, all[name], readOnly: !all.CanWrite(name));
    }

    /// <summary>A string → string function of Scriban's, with Scriban's argument conversion.</summary>
    private sealed class DirectFunction(string name, Func<string?, string?> body) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count != 1)
                throw new ScriptRuntimeException(span, $"string.{name} takes one value, but was given {arguments.Count}.");
            return body(arguments[0] is null ? null : context.ToObject<string>(span, arguments[0]));
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
