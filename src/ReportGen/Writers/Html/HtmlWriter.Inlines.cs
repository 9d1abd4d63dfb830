using System.Text;
using ReportGen.Documents;

namespace ReportGen.Writers.Html;

public sealed partial class HtmlWriter
{
    private static void WriteInlines(StringBuilder html, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t:
                    html.Append(Encode(t.Value));
                    break;
                case Strong s:
                    html.Append("<strong>"); WriteInlines(html, s.Content); html.Append("</strong>");
                    break;
                case Emphasis e:
                    html.Append("<em>"); WriteInlines(html, e.Content); html.Append("</em>");
                    break;
                case Link l when SafeLinks.IsSafe(l.Url):
                    html.Append("<a href=\"").Append(Encode(l.Url)).Append("\">"); WriteInlines(html, l.Content); html.Append("</a>");
                    break;
                case Link unsafeLink:
                    WriteInlines(html, unsafeLink.Content); // a javascript: or data: link is printed as its text only
                    break;
                case ParagraphReference r:
                    html.Append($"<a href=\"#{ParagraphId(r.Number)}\">{r.Number}</a>");
                    break;
                case LineBreak:
                    html.Append("<br>\n");
                    break;
            }
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
