using System.Globalization;
using System.Text;

namespace ReportGen.Documents;

/// <summary>Helpers every writer needs over inline runs.</summary>
public static class Inlines
{
    /// <summary>The plain text of some inlines: references as their numbers, line breaks as spaces.</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        var text = new PlainTextWalk(new StringBuilder());
        foreach (var inline in inlines) inline.Accept(text);
        return text.Builder.ToString();
    }

    private sealed record PlainTextWalk(StringBuilder Builder) : IInlineVisitor<Done>
    {
        public Done Visit(Text t) { Builder.Append(t.Value); return Done.Value; }
        public Done Visit(Strong s) => All(s.Content);
        public Done Visit(Emphasis e) => All(e.Content);
        public Done Visit(Link l) => All(l.Content);
        public Done Visit(ParagraphReference r) { Builder.Append(r.Number.ToString(CultureInfo.InvariantCulture)); return Done.Value; }
        public Done Visit(LineBreak lineBreak) { Builder.Append(' '); return Done.Value; }

        private Done All(IEnumerable<Inline> inlines)
        {
            foreach (var inline in inlines) inline.Accept(this);
            return Done.Value;
        }
    }
}
