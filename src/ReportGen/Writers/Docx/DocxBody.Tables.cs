using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using static ReportGen.Writers.Docx.Units;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxBody
{
    private void WriteTable(Documents.Table table)
    {
        var widths = WidthsOf(table);
        var properties = new TableProperties(
            new TableStyle { Val = DocxStyles.BudgetTable },
            new TableWidth { Width = Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "0420", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true });
        if (table.Caption is not null) properties.Append(new TableCaption { Val = table.Caption });
        var element = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Text(w) })));
        foreach (var row in table.Header) element.Append(Row(table, row, widths, header: true));
        foreach (var row in table.Body) element.Append(Row(table, row, widths, header: false));
        if (pageBreakPending)
        {
            // A table cannot break before itself; an empty paragraph carries the break instead.
            Append(Paragraph(null, []));
        }
        Append(element);
        // Word needs a paragraph between two tables, and the space reads better after one anyway.
        Append(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
    }

    private TableRow Row(Documents.Table table, Documents.TableRow row, int[] widths, bool header)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (header) rowProperties.Append(new TableHeader());
        var element = new TableRow(rowProperties);
        var style = row.Kind switch
        {
            RowKind.Group => RunFormat.Italic,
            RowKind.Subtotal or RowKind.Total => RunFormat.Bold,
            _ => RunFormat.None,
        };
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Text(widths[i]), Type = TableWidthUnitValues.Dxa });
            if (row.Kind == RowKind.Group)
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Colour(theme.Colours.GroupFill) });
            if (row.Kind == RowKind.Total)
                cellProperties.Append(new TableCellBorders(new TopBorder { Val = BorderValues.Single, Size = DocxTableStyle.EighthPoints(theme.Spacing.RuleWidth), Space = 0, Color = Colour(theme.Colours.Rule) }));
            var paragraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText });
            // Keep a header or group heading with the row after it; other rows may break between pages.
            if (header || row.Kind == RowKind.Group) paragraphProperties.Append(new KeepNext());
            if (table.Columns[i] != ColumnAlignment.Left)
                paragraphProperties.Append(new Justification { Val = table.Columns[i] == ColumnAlignment.Right ? JustificationValues.Right : JustificationValues.Center });
            var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(paragraphProperties);
            AppendInlines(paragraph, row.Cells[i].Content, style);
            element.Append(new TableCell(cellProperties, paragraph));
        }
        return element;
    }

    private int[] WidthsOf(Documents.Table table)
    {
        var page = theme.Page;
        var available = TwipsFromMm(page.WidthMm - page.MarginLeftMm - page.MarginRightMm);
        var padding = TwipsFromPoints(theme.Spacing.TableCellPadding * 4);
        var charWidth = TwipsFromPoints(theme.Fonts.TableSize * 0.55);
        var rows = table.Header.Concat(table.Body).ToList();
        // Word lays the text out itself; an estimate of each column's widest text is enough to share the width.
        double Needed(int column) => rows.Max(r => Inlines.PlainText(r.Cells[column].Content).Length) * charWidth + padding;
        var widths = ColumnWidths.Allocate(table.Columns, [.. Enumerable.Range(0, table.Columns.Length).Select(Needed)], available);
        return [.. widths.Select(w => (int)Math.Floor(w))];
    }
}
