using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Scriban's built-in objects (<c>string</c>, <c>array</c>, <c>math</c>, <c>date</c> …), each made the first time a
/// template names it. Scriban's own set is made all at once, by reflection over every function of every group: 12 ms
/// of a 95 ms build with Native AOT, where a paper needs <c>string.upcase</c> at most (see <see cref="StringGroup"/>). Every
/// template still sees every group, with the same functions, except the clock (<c>date.now</c>, <c>date.utc_now</c>):
/// the same data must always give the same paper.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Func<object>> Groups = new(StringComparer.Ordinal)
    {
        ["array"] = () => CopyOf("array", () => new ArrayFunctions()),
        ["empty"] = () => EmptyScriptObject.Default,
        ["blank"] = () => EmptyScriptObject.Default,
        // An included template's text is Markdown already; the wrapper stops it being escaped twice.
        ["include"] = () => new MarkdownInclude(new IncludeFunction()),
        ["include_join"] = () => new IncludeJoinFunction(),
        ["date"] = () => CopyOf("date", WithoutClock),
        ["html"] = () => CopyOf("html", () => new HtmlFunctions()),
        ["math"] = () => CopyOf("math", () => new MathFunctions()),
        ["object"] = () => CopyOf("object", () => new ObjectFunctions()),
        ["regex"] = () => CopyOf("regex", () => new RegexFunctions()),
        ["string"] = () => new StringGroup(() => CopyOf("string", () => new StringFunctions())),
        ["timespan"] = () => CopyOf("timespan", () => new TimeSpanFunctions()),
    };

    // Each group is made by reflection once a process, and each paper given its own copy, as Scriban's own set is:
    // a template that adds to a group changes its own paper only, and a batch of papers pays for reflection once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ScriptObject> Made = new(StringComparer.Ordinal);

    private static ScriptObject CopyOf(string name, Func<ScriptObject> make) => (ScriptObject)Made.GetOrAdd(name, _ => make()).Clone(deep: true);

    /// <summary>The names a template can use, made or not.</summary>
    public static IReadOnlyCollection<string> Names => Groups.Keys;

    public override bool Contains(string member) => Groups.ContainsKey(member) || base.Contains(member);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.Contains(member) && Groups.TryGetValue(member, out var make))
            SetValue(member, make(), readOnly: true);
        return base.TryGetValue(context, span, member, out value);
    }

    public override bool CanWrite(string member) => !Groups.ContainsKey(member) && base.CanWrite(member);

    private static DateTimeFunctions WithoutClock()
    {
        var date = new DateTimeFunctions();
        date.Remove("now");
        date.Remove("utc_now");
        return date;
    }
}
