using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Turns the document's blocks into flow items in reading order, with the structure tags a screen reader
/// needs around them: H1–H3, P, L/LI/Lbl/LBody for numbered paragraphs and bullets, Table for tables.
/// </summary>
internal sealed class FlowBuilder(TextLayout textLayout, TableLayout tableLayout, Theme pageTheme, PageGeometry geometry)
{
    // Fields rather than primary-constructor parameters: the nested block walk reads them.
    private readonly TextLayout text = textLayout;
    private readonly TableLayout tables = tableLayout;
    private readonly Theme theme = pageTheme;
    private readonly PageGeometry page = geometry;
    private readonly List<FlowItem> items = [];
    private double LineHeight => theme.Spacing.LineHeight;

    public IReadOnlyList<FlowItem> Build(IReadOnlyList<Block> blocks)
    {
        WriteBlocks(blocks, indent: 0);
        return items;
    }

    private void WriteBlocks(IReadOnlyList<Block> blocks, double indent)
    {
        var walk = new BlockWalk(this, indent);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is NumberedParagraph)
            {
                // A run of numbered paragraphs is one list, as in the HTML.
                var run = blocks.Skip(i).TakeWhile(b => b is NumberedParagraph).Cast<NumberedParagraph>().ToList();
                Mark(new BeginTag(Tag.L));
                foreach (var paragraph in run) WriteNumbered(paragraph, indent);
                Mark(EndTag.Instance);
                i += run.Count - 1;
            }
            else
                blocks[i].Accept(walk);
        }
    }

    private sealed class BlockWalk(FlowBuilder flow, double indent) : IBlockVisitor<Done>
    {
        public Done Visit(Heading h)
        {
            var theme = flow.theme;
            if (h.StartsPage) flow.items.Add(new BreakItem());
            var size = h.Level switch { 1 => theme.Fonts.TitleSize, 2 => theme.Fonts.HeadingSize, _ => theme.Fonts.SubheadingSize };
            flow.Mark(new Bookmark(h.Level, TextCleaner.Clean(Inlines.PlainText(h.Content), flow.text.Warnings), double.NaN));
            flow.Mark(new BeginTag(h.Level switch { 1 => Tag.H1, 2 => Tag.H2, _ => Tag.H3 }));
            flow.items.Add(new TextItem(flow.text.Break(h.Content, FontStyle.Bold, size, flow.page.TextWidth - indent, flow.LineHeight), indent,
                theme.Spacing.HeadingBefore, theme.Spacing.HeadingAfter, KeepWithNext: true));
            flow.Mark(EndTag.Instance);
            return Done.Value;
        }

        public Done Visit(Paragraph p)
        {
            var spacing = flow.theme.Spacing;
            switch (p.Role)
            {
                case ParagraphRole.TitleBlock:
                case ParagraphRole.Continuation:
                    flow.Paragraph(p.Content, indent, spacing.ParagraphAfter, FontStyle.Bold, keepWithNext: true);
                    break;
                case ParagraphRole.Note:
                    flow.Paragraph(p.Content, indent, spacing.ParagraphAfter, FontStyle.Regular, size: flow.theme.Fonts.TableSize);
                    break;
                case ParagraphRole.Signature:
                case ParagraphRole.Body:
                    flow.Paragraph(p.Content, indent, spacing.ParagraphAfter);
                    break;
            }
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            flow.WriteList(list, indent);
            return Done.Value;
        }

        public Done Visit(Table table)
        {
            var after = flow.theme.Spacing.ParagraphAfter;
            flow.items.Add(new TableItem(flow.tables.Lay(table, flow.page.TextWidth - indent, indent), after / 2, after * 1.5));
            return Done.Value;
        }

        public Done Visit(PageBreak pageBreak)
        {
            flow.items.Add(new BreakItem());
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            flow.WriteBlocks([n], indent);
            return Done.Value;
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
        var children = new BlockWalk(this, textIndent);
        foreach (var child in paragraph.Children) child.Accept(children);
        Mark(EndTag.Instance);
        Mark(EndTag.Instance);
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
                else block.Accept(new BlockWalk(this, indent + step));
            }
            Mark(EndTag.Instance);
            Mark(EndTag.Instance);
        }
        Mark(EndTag.Instance);
        items.Add(new SpaceItem(theme.Spacing.ParagraphAfter * 2 / 3));
    }

    private void Paragraph(ImmutableArray<Inline> content, double indent, double spaceAfter,
        FontStyle style = FontStyle.Regular, bool keepWithNext = false, double? size = null)
    {
        Mark(new BeginTag(Tag.P));
        items.Add(new TextItem(text.Break(content, style, size ?? theme.Fonts.BodySize, page.TextWidth - indent, LineHeight), indent, 0, spaceAfter, keepWithNext));
        Mark(EndTag.Instance);
    }

    private void Label(string label, double x)
    {
        var line = text.Break([new Text(label)], FontStyle.Regular, theme.Fonts.BodySize, page.TextWidth, LineHeight)[0];
        Mark(new BeginTag(Tag.Lbl));
        items.Add(new LabelItem(line.Segments[0], x));
        Mark(EndTag.Instance);
    }

    private void Mark(Op op) => items.Add(new MarkItem(op));
}
