using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using static ReportGen.Writers.Docx.Units;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxBody
{
    // Cells carry a paragraph style by row kind and column (Table Amount, Table Total Amount…); the Budget Table
    // style draws the grid, the header row and a closing total. Word has no row styles, so the two things a style
    // cannot say are cell properties: a group row's fill, and the rule above a total that is not the last row.
    private void WriteTable(Documents.Table table)
    {
        var caption = table.Caption is null ? null : text.Clean(table.Caption, () => "a table caption " + SafeText.Quote(table.Caption));
        place = "the table " + SafeText.Quote(caption ?? "");
        var widths = WidthsOf(table);
        var endsOnTotal = table.Body.Length > 0 && table.Body[^1].Kind == RowKind.Total;
        var properties = new TableProperties(
            new TableStyle { Val = DocxStyles.BudgetTable },
            new TableWidth { Width = Text(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            // The header row and, when the table ends on a total, the last row take the style's conditional formats.
            new TableLook
            {
                Val = endsOnTotal ? "0660" : "0620", FirstRow = true, LastRow = endsOnTotal, FirstColumn = false, LastColumn = false,
                NoHorizontalBand = true, NoVerticalBand = true,
            });
        if (caption is not null) properties.Append(new TableCaption { Val = caption });
        var element = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Text(w) })));
        var startsPage = pageBreakPending;
        pageBreakPending = false;
        foreach (var row in table.Header) element.Append(Row(table, row, widths, header: true, last: false));
        for (var r = 0; r < table.Body.Length; r++)
            element.Append(Row(table, table.Body[r], widths, header: false, last: r == table.Body.Length - 1));
        if (startsPage)
        {
            // A table cannot break a page itself: the paragraph of its first cell starts the page.
            var first = element.Descendants<Paragraph>().First();
            var style = first.ParagraphProperties!.ParagraphStyleId!;
            style.Val = styles.For(style.Val!, new ParagraphContext(false, false, 0, NewPage: true));
        }
        Element.Append(element);
    }

    private TableRow Row(Documents.Table table, Documents.TableRow row, int[] widths, bool header, bool last)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (header) rowProperties.Append(new TableHeader());
        var element = new TableRow(rowProperties);
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = Text(widths[i]), Type = TableWidthUnitValues.Dxa });
            if (!header && row.Kind == RowKind.Total && !last)
                cellProperties.Append(new TableCellBorders(DocxTableStyle.TotalRule(theme)));
            if (!header && row.Kind == RowKind.Group)
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Colour(theme.Colours.GroupFill) });
            var style = DocxStyles.TableCell(header ? null : row.Kind, table.Columns[i]);
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            AppendInlines(paragraph, row.Cells[i].Content, RunFormat.None);
            element.Append(new TableCell(cellProperties, paragraph));
        }
        return element;
    }

    // The print formats' split (see PrintedColumns), in twips.
    private int[] WidthsOf(Documents.Table table)
    {
        var available = PrintedColumns.TextWidth(theme.Page);
        return [.. PrintedColumns.Widths(table, theme, available).Select(w => (int)Math.Floor(w * 20))];
    }
}
