using System.Globalization;
using ReportGen.Writers;
using ReportGen.Writers.Docx;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// A sheet's rows as SpreadsheetML: the title, heading and key rows, the planned rows, then the notes. Text goes to
/// the shared strings; a formula carries its cached value (a string's marked t="str") so a reader that does not
/// calculate still sees the figure.
/// </summary>
internal sealed class SheetCells(WordXml xml, SheetPlan plan, XlsxStyles styles, XlsxWriter.SharedStrings strings, SafeText text)
{
    public void Write()
    {
        xml.Start("x:sheetData");
        Row(WorkbookLayout.TitleRow).Text(1, WorkbookLayout.TitleRow, plan.Title, styles.Index(new CellStyle(RowLook.Title, CellLook.Text))).End();
        // Each column's heading, then its key: the order the strings and styles are numbered in.
        var headings = new int[plan.Columns.Count * 2];
        var keys = new int[plan.Columns.Count * 2];
        for (var c = 0; c < plan.Columns.Count; c++)
        {
            headings[2 * c] = styles.Index(new CellStyle(RowLook.Heading, LookOf(c)), wraps: true);
            headings[2 * c + 1] = StringOf(c + 1, WorkbookLayout.HeadingRow, plan.Columns[c].Heading);
            keys[2 * c] = styles.Index(new CellStyle(RowLook.Key, LookOf(c)));
            keys[2 * c + 1] = StringOf(c + 1, WorkbookLayout.KeyRow, plan.Columns[c].Key);
        }
        Strings(WorkbookLayout.HeadingRow, headings);
        Strings(WorkbookLayout.KeyRow, keys);

        var rowNumber = WorkbookLayout.FirstDataRow;
        foreach (var planned in plan.Rows)
        {
            Row(rowNumber);
            for (var c = 0; c < planned.Cells.Length; c++) Cell(planned, c, rowNumber);
            xml.End();
            rowNumber++;
        }
        rowNumber++;
        foreach (var note in plan.Notes)
        {
            Row(rowNumber).Text(1, rowNumber, note, styles.Index(new CellStyle(RowLook.Note, CellLook.Text))).End();
            rowNumber++;
        }
        xml.End();
    }

    private void Cell(PlanRow planned, int c, int row)
    {
        switch (planned.Cells[c])
        {
            case null:
                // An empty cell of a total row still carries the row's border.
                if (planned.Look == RowLook.Total) Start(c + 1, row, styles.Index(new CellStyle(RowLook.Total, LookOf(c)))).End();
                break;
            case TextCell t:
                Text(c + 1, row, t.Text, styles.Index(t.Style));
                break;
            case NumberCell n:
                Start(c + 1, row, styles.Index(n.Style)).Element("x:v", AmountCells.Number(n.Value)).End();
                break;
            case FormulaCell f:
                Start(c + 1, row, styles.Index(f.Style));
                if (f.CachedText is not null) xml.Attr("t", "str");
                xml.Element("x:f", f.Formula).Element("x:v", f.CachedText ?? AmountCells.Number(f.CachedNumber ?? 0)).End();
                break;
        }
    }

    private SheetCells Row(int row)
    {
        xml.Start("x:row").Attr("r", row);
        return this;
    }

    private SheetCells End()
    {
        xml.End();
        return this;
    }

    private WordXml Start(int column, int row, int style) => xml.Start("x:c").Attr("r", CellRefs.Cell(column, row)).Attr("s", style);

    private SheetCells Text(int column, int row, string value, int style) => SharedString(column, row, style, StringOf(column, row, value));

    private SheetCells SharedString(int column, int row, int style, int index)
    {
        Start(column, row, style).Attr("t", "s").Element("x:v", index.ToString(CultureInfo.InvariantCulture)).End();
        return this;
    }

    // A row of text cells: each column's style and shared string, in pairs.
    private void Strings(int row, int[] cells)
    {
        Row(row);
        for (var c = 0; c < cells.Length / 2; c++) SharedString(c + 1, row, cells[2 * c], cells[2 * c + 1]);
        xml.End();
    }

    private int StringOf(int column, int row, string value)
    {
        var clean = text.Clean(value, () => $"the workbook cell {plan.Name}!{CellRefs.Cell(column, row)}");
        return strings.Of(clean.Length <= XlsxSheet.MaxCellText ? clean : clean[..XlsxSheet.MaxCellText]);
    }

    private CellLook LookOf(int column) =>
        plan.Columns[column].Key is WorkbookLayout.IdKey or WorkbookLayout.RowKey ? CellLook.Technical
        : plan.Rows.Select(r => r.Cells[column]?.Style.Look).FirstOrDefault(l => l is CellLook.Pounds or CellLook.Thousands or CellLook.Percent) ?? CellLook.Text;
}
