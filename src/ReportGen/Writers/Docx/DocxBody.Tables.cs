using ReportGen.Documents;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxBody
{
    // Cells carry a paragraph style by row kind and column (Table Amount, Table Total Amount…); the Budget Table
    // style draws the grid, the header row and a closing total. Word has no row styles, so the two things a style
    // cannot say are cell properties: a group row's fill, and the rule above a total that is not the last row.
    private void WriteTable(Table table)
    {
        var caption = table.Caption is null ? null : text.Clean(table.Caption, () => "a table caption " + SafeText.Quote(table.Caption));
        placeName = "the table " + SafeText.Quote(caption ?? "");
        // Word joins two tables that touch: a Table Separator paragraph keeps them apart.
        if (last == Last.Table) xml.Start("w:p").Start("w:pPr").Val("w:pStyle", DocxStyles.TableSeparator).End().End();
        else if (last == Last.Paragraph) slots[^1].BeforeTable = true;
        last = Last.Table;

        var widths = WidthsOf(table);
        var endsOnTotal = table.Body.Length > 0 && table.Body[^1].Kind == RowKind.Total;
        xml.Start("w:tbl").Start("w:tblPr").Val("w:tblStyle", DocxStyles.BudgetTable)
            .Start("w:tblW").Attr("w:w", Sum(widths)).Attr("w:type", "dxa").End()
            .Start("w:tblLayout").Attr("w:type", "fixed").End()
            // The header row and, when the table ends on a total, the last row take the style's conditional formats.
            .Start("w:tblLook").Attr("w:val", endsOnTotal ? "0660" : "0620").Attr("w:firstRow", true).Attr("w:lastRow", endsOnTotal)
            .Attr("w:firstColumn", false).Attr("w:lastColumn", false).Attr("w:noHBand", true).Attr("w:noVBand", true).End();
        if (caption is not null) xml.Val("w:tblCaption", caption);
        xml.End().Start("w:tblGrid");
        foreach (var width in widths) xml.Start("w:gridCol").Attr("w:w", width).End();
        xml.End();

        foreach (var row in table.Header) WriteRow(table, row, widths, header: true, lastRow: false);
        for (var r = 0; r < table.Body.Length; r++)
            WriteRow(table, table.Body[r], widths, header: false, lastRow: r == table.Body.Length - 1);
        xml.End();
    }

    private void WriteRow(Table table, TableRow row, int[] widths, bool header, bool lastRow)
    {
        xml.Start("w:tr").Start("w:trPr").Empty("w:cantSplit");
        if (header) xml.Empty("w:tblHeader");
        xml.End();
        for (var i = 0; i < row.Cells.Length; i++)
        {
            xml.Start("w:tc").Start("w:tcPr").Start("w:tcW").Attr("w:w", widths[i]).Attr("w:type", "dxa").End();
            if (!header && row.Kind == RowKind.Total && !lastRow)
                DocxTableStyle.TotalRule(xml.Start("w:tcBorders"), theme).End();
            if (!header && row.Kind == RowKind.Group)
                xml.Start("w:shd").Attr("w:val", "clear").Attr("w:color", "auto").Attr("w:fill", Colour(theme.Colours.GroupFill)).End();
            xml.End();
            var style = DocxStyles.TableCell(header ? null : row.Kind, table.Columns[i]);
            if (pageBreakPending)
            {
                // A table cannot break a page itself: the paragraph of its first cell starts the page.
                style = styles.For(style, new ParagraphContext(false, false, 0, NewPage: true));
                pageBreakPending = false;
            }
            xml.Start("w:p").Start("w:pPr").Val("w:pStyle", style).End();
            WriteInlines(row.Cells[i].Content, RunFormat.None);
            xml.End().End();
        }
        xml.End();
    }

    // The print formats' split (see PrintedColumns), in twips.
    private int[] WidthsOf(Table table)
    {
        var points = PrintedColumns.Widths(table, theme, PrintedColumns.TextWidth(theme.Page));
        var twips = new int[points.Length];
        for (var i = 0; i < points.Length; i++) twips[i] = (int)Math.Floor(points[i] * 20);
        return twips;
    }

    private static int Sum(int[] values)
    {
        var sum = 0;
        foreach (var value in values) sum += value;
        return sum;
    }
}
