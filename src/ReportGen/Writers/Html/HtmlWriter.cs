using System.Globalization;
using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers.Html;

/// <summary>
/// The web page archivists publish: one self-contained, semantic HTML file — headings, numbered paragraphs as an
/// ordered list with explicit numbers, tables with captions, header cells and the print column split — with print
/// CSS and no scripts. Every piece of text is cleaned of characters HTML cannot carry and HTML-encoded.
/// </summary>
public sealed partial class HtmlWriter : IDocumentWriter
{
    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public string Extension => ".html";

    /// <inheritdoc/>
    public void Write(Document document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var page = new HtmlPage(new StringBuilder(), new SafeText(diagnostics, "HTML page"), theme);
        var meta = page.Text.Clean(document.Metadata);
        var html = page.Html;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(meta.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(meta.Title)).Append("</title>\n");
        Meta(html, "author", meta.Author);
        Meta(html, "description", meta.Subject);
        Meta(html, "keywords", string.Join(", ", meta.Keywords));
        Meta(html, "generator", meta.Generator);
        Meta(html, "dcterms.date", meta.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Meta(html, "dcterms.modified", meta.Modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Meta(html, "version", meta.Version);
        Meta(html, "status", meta.Status);
        html.Append("<style>\n").Append(HtmlStyles.For(theme)).Append("</style>\n</head>\n<body>\n");
        // The marks every printed page carries at its top: DRAFT, NOT FOR PUBLICATION.
        var marks = (meta.IsDraft ? ["DRAFT"] : Array.Empty<string>()).Concat(meta.PageMarks.Where(m => m.Length > 0)).ToList();
        if (marks.Count > 0)
            html.Append("<header>\n<p class=\"page-marks\">").Append(Encode(string.Join(" · ", marks))).Append("</p>\n</header>\n");
        html.Append("<main>\n");
        page.WriteBlocks(document.Blocks);
        // The footer states what the printed footer states — the short title, and the version note of a draft or an
        // amended version — less the page numbers a web page has not got. Nothing only one format would say.
        var footer = meta.VersionNote is { Length: > 0 } note ? $"{meta.FooterTitle} · {note}" : meta.FooterTitle;
        html.Append("</main>\n<footer>\n<p>").Append(Encode(footer)).Append("</p>\n</footer>\n</body>\n</html>\n");
        output.Write(new UTF8Encoding(false).GetBytes(html.ToString()));
    }

    private static void Meta(StringBuilder html, string name, string content)
    {
        if (content.Length > 0)
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Encode(content)).Append("\">\n");
    }

    internal static string ParagraphId(int number) => $"paragraph-{number}";
}
