using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// The data file's <c>wording</c> as templates see it. A sentence the templates use but the data lacks is an
/// error that tells the data's editor what to add — strict, because a misspelt name must not print nothing.
/// </summary>
internal sealed class WordingObject : ScriptObject
{
    /// <param name="withheld">Exempt entries with their reasons, when this edition withholds them.</param>
    public WordingObject(IReadOnlyDictionary<string, string> wording, IReadOnlyDictionary<string, string>? withheld)
    {
        foreach (var (name, text) in wording)
            this[name] = withheld is not null && withheld.TryGetValue(name, out var reason) ? $"Exempt information: {reason}." : text;
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value)) return true;
        throw new Objects.MissingDataException(span,
            $"the data file has no wording.{member}. Add \"{member}\": \"…\" under \"wording\" in the data file " +
            $"(an empty string if this year's paper has no such sentence){Known()}.");
    }

    private string Known() => Count == 0 ? "" : $"; it has: {string.Join(", ", Keys.Order(StringComparer.Ordinal))}";
}
