using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers.Html;

/// <summary>
/// The web page archivists publish: one self-contained, semantic HTML file — headings, numbered
/// paragraphs as an ordered list with explicit numbers, tables with captions and header cells —
/// with print CSS and no scripts. Every piece of text is HTML-encoded; nothing passes through raw.
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
        var html = new StringBuilder();
        var meta = document.Metadata;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(meta.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(meta.Title)).Append("</title>\n");
        Meta(html, "author", meta.Author);
        Meta(html, "description", meta.Subject);
        Meta(html, "keywords", string.Join(", ", meta.Keywords));
        Meta(html, "generator", meta.Generator);
        Meta(html, "dcterms.date", meta.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Meta(html, "version", meta.Version);
        html.Append("<style>\n").Append(HtmlStyles.For(theme)).Append("</style>\n</head>\n<body>\n");
        if (meta.IsDraft) html.Append("<p class=\"draft-mark\">DRAFT</p>\n");
        html.Append("<main>\n");
        WriteBlocks(html, document.Blocks);
        html.Append("</main>\n<footer>\n<p>").Append(Encode(meta.FooterTitle)).Append(" · Version ").Append(Encode(meta.Version))
            .Append(" · ").Append(Encode(meta.Classification)).Append("</p>\n</footer>\n</body>\n</html>\n");
        output.Write(new UTF8Encoding(false).GetBytes(html.ToString()));
    }

    private static void Meta(StringBuilder html, string name, string content)
    {
        if (content.Length > 0)
            html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Encode(content)).Append("\">\n");
    }

    private static void WriteBlocks(StringBuilder html, IReadOnlyList<Block> blocks)
    {
        var walk = new BlockWalk(html);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is NumberedParagraph)
            {
                // A run of numbered paragraphs is one ordered list; each item states its own number.
                var run = blocks.Skip(i).TakeWhile(b => b is NumberedParagraph).Cast<NumberedParagraph>().ToList();
                WriteNumbered(html, run);
                i += run.Count - 1;
                continue;
            }
            blocks[i].Accept(walk);
        }
    }

    private sealed class BlockWalk(StringBuilder html) : IBlockVisitor<Done>
    {
        public Done Visit(Heading h)
        {
            var classes = h.StartsPage ? " class=\"appendix\"" : "";
            html.Append($"<h{h.Level} id=\"{Encode(h.Id)}\"{classes}>");
            WriteInlines(html, h.Content);
            html.Append($"</h{h.Level}>\n");
            return Done.Value;
        }

        public Done Visit(Paragraph p)
        {
            html.Append(p.Role switch
            {
                ParagraphRole.TitleBlock => "<p class=\"title-block\">",
                ParagraphRole.Signature => "<p class=\"signature\">",
                ParagraphRole.Continuation => "<p class=\"continuation\">",
                ParagraphRole.Note => "<p class=\"note\">",
                _ => "<p>",
            });
            WriteInlines(html, p.Content);
            html.Append("</p>\n");
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            html.Append("<ul>\n");
            foreach (var item in list.Items)
            {
                html.Append("<li>");
                WriteItemBlocks(html, item.Blocks);
                html.Append("</li>\n");
            }
            html.Append("</ul>\n");
            return Done.Value;
        }

        public Done Visit(Table table)
        {
            WriteTable(html, table);
            return Done.Value;
        }

        public Done Visit(PageBreak pageBreak)
        {
            html.Append("<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            WriteNumbered(html, [n]);
            return Done.Value;
        }
    }

    // A list item's single paragraph is written without <p>, so a simple list stays simple.
    private static void WriteItemBlocks(StringBuilder html, IReadOnlyList<Block> blocks)
    {
        var walk = new BlockWalk(html);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == 0 && blocks[i] is Paragraph first)
                WriteInlines(html, first.Content);
            else
            {
                html.Append('\n');
                blocks[i].Accept(walk);
            }
        }
    }

    private static void WriteNumbered(StringBuilder html, IReadOnlyList<NumberedParagraph> run)
    {
        var walk = new BlockWalk(html);
        html.Append($"<ol class=\"numbered\" start=\"{run[0].Number}\">\n");
        foreach (var paragraph in run)
        {
            html.Append($"<li value=\"{paragraph.Number}\" id=\"{ParagraphId(paragraph.Number)}\"><p>");
            WriteInlines(html, paragraph.Content);
            html.Append("</p>");
            foreach (var child in paragraph.Children) { html.Append('\n'); child.Accept(walk); }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }

    internal static string ParagraphId(int number) => $"paragraph-{number}";
}
