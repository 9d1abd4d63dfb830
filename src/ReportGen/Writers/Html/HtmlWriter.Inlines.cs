using System.Text;
using ReportGen.Documents;

namespace ReportGen.Writers.Html;

public sealed partial class HtmlWriter
{
    private static void WriteInlines(StringBuilder html, IEnumerable<Inline> inlines)
    {
        var walk = new InlineWalk(html);
        foreach (var inline in inlines) inline.Accept(walk);
    }

    private sealed class InlineWalk(StringBuilder html) : IInlineVisitor<Done>
    {
        public Done Visit(Text t)
        {
            html.Append(Encode(t.Value));
            return Done.Value;
        }

        public Done Visit(Strong s)
        {
            html.Append("<strong>"); WriteInlines(html, s.Content); html.Append("</strong>");
            return Done.Value;
        }

        public Done Visit(Emphasis e)
        {
            html.Append("<em>"); WriteInlines(html, e.Content); html.Append("</em>");
            return Done.Value;
        }

        public Done Visit(Link l)
        {
            // A javascript: or data: link is printed as its text only.
            if (!SafeLinks.IsSafe(l.Url)) { WriteInlines(html, l.Content); return Done.Value; }
            html.Append("<a href=\"").Append(Encode(l.Url)).Append("\">"); WriteInlines(html, l.Content); html.Append("</a>");
            return Done.Value;
        }

        public Done Visit(ParagraphReference r)
        {
            html.Append($"<a href=\"#{ParagraphId(r.Number)}\">{r.Number}</a>");
            return Done.Value;
        }

        public Done Visit(LineBreak lineBreak)
        {
            html.Append("<br>\n");
            return Done.Value;
        }
    }

    // Only the characters HTML gives meaning to; the page is UTF-8, so £ and – stay readable in the source.
    private static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            encoded.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return encoded.ToString();
    }
}
