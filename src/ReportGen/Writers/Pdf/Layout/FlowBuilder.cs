using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Turns the document's blocks into flow items in reading order, with the structure tags a screen reader
/// needs around them: H1–H3, P, L/LI/Lbl/LBody for numbered paragraphs and bullets, Table for tables.
/// </summary>
internal sealed class FlowBuilder(TextLayout text, TableLayout tables, Theme theme, PageGeometry page)
{
    private readonly List<FlowItem> items = [];
    private double LineHeight => theme.Spacing.LineHeight;

    public IReadOnlyList<FlowItem> Build(IReadOnlyList<Block> blocks)
    {
        WriteBlocks(blocks, indent: 0);
        return items;
    }

    private void WriteBlocks(IReadOnlyList<Block> blocks, double indent)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is NumberedParagraph)
            {
                // A run of numbered paragraphs is one list, as in the HTML.
                var run = blocks.Skip(i).TakeWhile(b => b is NumberedParagraph).Cast<NumberedParagraph>().ToList();
                Mark(new BeginTag(Tag.L));
                foreach (var paragraph in run) WriteNumbered(paragraph, indent);
                Mark(new EndTag());
                i += run.Count - 1;
            }
            else
                WriteBlock(blocks[i], indent);
        }
    }

    private void WriteBlock(Block block, double indent)
    {
        switch (block)
        {
            case Heading h:
                if (h.StartsPage) items.Add(new BreakItem());
                var size = h.Level switch { 1 => theme.Fonts.TitleSize, 2 => theme.Fonts.HeadingSize, _ => theme.Fonts.SubheadingSize };
                Mark(new Bookmark(h.Level, Inlines.PlainText(h.Content), double.NaN));
                Mark(new BeginTag(h.Level switch { 1 => Tag.H1, 2 => Tag.H2, _ => Tag.H3 }));
                items.Add(new TextItem(text.Break(h.Content, FontStyle.Bold, size, page.TextWidth - indent, LineHeight), indent,
                    theme.Spacing.HeadingBefore, theme.Spacing.HeadingAfter, KeepWithNext: true));
                Mark(new EndTag());
                break;
            case Paragraph p:
                Paragraph(p.Content, indent, theme.Spacing.ParagraphAfter);
                break;
            case BulletList list:
                WriteList(list, indent);
                break;
            case Table table:
                items.Add(new TableItem(tables.Lay(table, page.TextWidth - indent, indent), theme.Spacing.ParagraphAfter / 2, theme.Spacing.ParagraphAfter * 1.5));
                break;
            case PageBreak:
                items.Add(new BreakItem());
                break;
            case NumberedParagraph n:
                WriteBlocks([n], indent);
                break;
        }
    }

    private void WriteNumbered(NumberedParagraph paragraph, double indent)
    {
        var textIndent = indent + PageGeometry.Mm(theme.Spacing.NumberIndentMm);
        Mark(new BeginTag(Tag.LI));
        Mark(new Anchor(paragraph.Number, double.NaN));
        Label(paragraph.Number.ToString(CultureInfo.InvariantCulture) + ".", indent);
        Mark(new BeginTag(Tag.LBody));
        Paragraph(paragraph.Content, textIndent, theme.Spacing.ParagraphAfter);
        foreach (var child in paragraph.Children) WriteBlock(child, textIndent);
        Mark(new EndTag());
        Mark(new EndTag());
    }

    private void WriteList(BulletList list, double indent)
    {
        var step = PageGeometry.Mm(theme.Spacing.ListIndentMm);
        Mark(new BeginTag(Tag.L));
        foreach (var item in list.Items)
        {
            Mark(new BeginTag(Tag.LI));
            Label(indent == 0 ? "•" : "–", indent + step * 0.3);
            Mark(new BeginTag(Tag.LBody));
            foreach (var block in item.Blocks)
            {
                if (block is Paragraph p) Paragraph(p.Content, indent + step, theme.Spacing.ListItemAfter);
                else WriteBlock(block, indent + step);
            }
            Mark(new EndTag());
            Mark(new EndTag());
        }
        Mark(new EndTag());
        items.Add(new SpaceItem(theme.Spacing.ParagraphAfter * 2 / 3));
    }

    private void Paragraph(ImmutableArray<Inline> content, double indent, double spaceAfter)
    {
        Mark(new BeginTag(Tag.P));
        items.Add(new TextItem(text.Break(content, FontStyle.Regular, theme.Fonts.BodySize, page.TextWidth - indent, LineHeight), indent, 0, spaceAfter, KeepWithNext: false));
        Mark(new EndTag());
    }

    private void Label(string label, double x)
    {
        var line = text.Break([new Text(label)], FontStyle.Regular, theme.Fonts.BodySize, page.TextWidth, LineHeight)[0];
        Mark(new BeginTag(Tag.Lbl));
        items.Add(new LabelItem(line.Segments[0], x));
        Mark(new EndTag());
    }

    private void Mark(Op op) => items.Add(new MarkItem(op));
}
