using System.Text;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers.Html;

/// <summary>The page being written: its text, the cleaner for what goes into it, the theme, and where the walk is (for warnings).</summary>
internal sealed partial class HtmlPage(StringBuilder html, SafeText text, Theme theme)
{
    public StringBuilder Html { get; } = html;

    public SafeText Text { get; } = text;

    public Theme Theme { get; } = theme;

    /// <summary>What is being written, for warnings: "the paragraph “…”", "the table “…”".</summary>
    public string Place { get; set; } = "the page";

    /// <summary>Appends text, cleaned and HTML-encoded.</summary>
    public HtmlPage Append(string value)
    {
        Html.Append(HtmlWriter.Encode(Text.Clean(value, () => Place)));
        return this;
    }

    /// <summary>Appends markup we wrote ourselves, as it is.</summary>
    public HtmlPage Markup(string markup)
    {
        Html.Append(markup);
        return this;
    }

    public void WriteBlocks(IReadOnlyList<Block> blocks)
    {
        var walk = new BlockWalk(this);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is NumberedParagraph)
            {
                // A run of numbered paragraphs is one ordered list; each item states its own number.
                var run = blocks.Skip(i).TakeWhile(b => b is NumberedParagraph).Cast<NumberedParagraph>().ToList();
                WriteNumbered(run);
                i += run.Count - 1;
                continue;
            }
            blocks[i].Accept(walk);
        }
    }

    private void Describe(IEnumerable<Inline> content, string what) => Place = $"the {what} " + SafeText.Quote(Inlines.PlainText(content));

    private sealed class BlockWalk(HtmlPage page) : IBlockVisitor<Done>
    {
        public Done Visit(Heading h)
        {
            page.Describe(h.Content, "heading");
            var classes = h.StartsPage ? " class=\"appendix\"" : "";
            page.Markup($"<h{h.Level} id=\"").Append(h.Id).Markup($"\"{classes}>");
            page.WriteInlines(h.Content);
            page.Markup($"</h{h.Level}>\n");
            return Done.Value;
        }

        public Done Visit(Paragraph p)
        {
            page.Describe(p.Content, "paragraph");
            page.Markup(p.Role switch
            {
                ParagraphRole.TitleBlock => "<p class=\"title-block\">",
                ParagraphRole.Signature => "<p class=\"signature\">",
                ParagraphRole.Continuation => "<p class=\"continuation\">",
                ParagraphRole.Note => "<p class=\"note\">",
                _ => "<p>",
            });
            page.WriteInlines(p.Content);
            page.Markup("</p>\n");
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            page.Markup("<ul>\n");
            foreach (var item in list.Items)
            {
                page.Markup("<li>");
                page.WriteItemBlocks(item.Blocks);
                page.Markup("</li>\n");
            }
            page.Markup("</ul>\n");
            return Done.Value;
        }

        public Done Visit(Table table)
        {
            page.WriteTable(table);
            return Done.Value;
        }

        public Done Visit(PageBreak pageBreak)
        {
            page.Markup("<div class=\"page-break\" aria-hidden=\"true\"></div>\n");
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            page.WriteNumbered([n]);
            return Done.Value;
        }
    }

    // A list item's single paragraph is written without <p>, so a simple list stays simple.
    private void WriteItemBlocks(IReadOnlyList<Block> blocks)
    {
        var walk = new BlockWalk(this);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (i == 0 && blocks[i] is Paragraph first)
            {
                Describe(first.Content, "list item");
                WriteInlines(first.Content);
            }
            else
            {
                Markup("\n");
                blocks[i].Accept(walk);
            }
        }
    }

    private void WriteNumbered(IReadOnlyList<NumberedParagraph> run)
    {
        var walk = new BlockWalk(this);
        Markup($"<ol class=\"numbered\" start=\"{run[0].Number}\">\n");
        foreach (var paragraph in run)
        {
            Describe(paragraph.Content, $"paragraph {paragraph.Number}:");
            Markup($"<li value=\"{paragraph.Number}\" id=\"{HtmlWriter.ParagraphId(paragraph.Number)}\"><p>");
            WriteInlines(paragraph.Content);
            Markup("</p>");
            foreach (var child in paragraph.Children) { Markup("\n"); child.Accept(walk); }
            Markup("</li>\n");
        }
        Markup("</ol>\n");
    }
}
