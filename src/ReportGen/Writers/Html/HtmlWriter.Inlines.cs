using System.Text;
using ReportGen.Documents;

namespace ReportGen.Writers.Html;

internal sealed partial class HtmlPage
{
    public void WriteInlines(IEnumerable<Inline> inlines)
    {
        var walk = new InlineWalk(this);
        foreach (var inline in inlines) inline.Accept(walk);
    }

    private sealed class InlineWalk(HtmlPage page) : IInlineVisitor<Done>
    {
        public Done Visit(Text t)
        {
            page.Append(t.Value);
            return Done.Value;
        }

        public Done Visit(Strong s)
        {
            page.Markup("<strong>").WriteInlines(s.Content);
            page.Markup("</strong>");
            return Done.Value;
        }

        public Done Visit(Emphasis e)
        {
            page.Markup("<em>").WriteInlines(e.Content);
            page.Markup("</em>");
            return Done.Value;
        }

        public Done Visit(Link l)
        {
            // A javascript: or data: link is printed as its text only.
            if (!SafeLinks.IsSafe(l.Url)) { page.WriteInlines(l.Content); return Done.Value; }
            page.Markup("<a href=\"").Append(l.Url).Markup("\">").WriteInlines(l.Content);
            page.Markup("</a>");
            return Done.Value;
        }

        public Done Visit(ParagraphReference r)
        {
            page.Markup($"<a href=\"#{HtmlWriter.ParagraphId(r.Number)}\">{r.Number}</a>");
            return Done.Value;
        }

        public Done Visit(LineBreak lineBreak)
        {
            page.Markup("<br>\n");
            return Done.Value;
        }
    }
}

public sealed partial class HtmlWriter
{
    // Only the characters HTML gives meaning to; the page is UTF-8, so £ and – stay readable in the source.
    internal static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            encoded.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return encoded.ToString();
    }
}
