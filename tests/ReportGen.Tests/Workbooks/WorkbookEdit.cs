using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// Edits a workbook the way a person might — a number typed, a formula changed, a sheet renamed, a column added —
/// through the Open XML SDK, without recalculating anything (a test that wants that passes the result through
/// <see cref="LibreCalc.Resave"/>).
/// </summary>
internal sealed class WorkbookEdit
{
    private readonly SpreadsheetDocument document;

    private WorkbookEdit(SpreadsheetDocument document) => this.document = document;

    public static byte[] Apply(byte[] workbook, Action<WorkbookEdit> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            edit(new WorkbookEdit(document));
            document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The sheet row whose label (or programme) cell says <paramref name="label"/>.</summary>
    public int RowOf(string sheet, string label) =>
        (int)Data(sheet).Elements<Row>().First(r => r.Elements<Cell>().Any(c => TextOf(c) == label)).RowIndex!.Value;

    /// <summary>The column letters of the key row's cell <paramref name="key"/>.</summary>
    public string ColumnOf(string sheet, string key)
    {
        var cell = Data(sheet).Elements<Row>().First(r => r.RowIndex! == (uint)WorkbookLayout.KeyRow).Elements<Cell>().First(c => TextOf(c) == key);
        return new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());
    }

    /// <summary>The cell of column <paramref name="key"/> on the row labelled <paramref name="label"/>.</summary>
    public string CellOf(string sheet, string key, string label) => ColumnOf(sheet, key) + RowOf(sheet, label);

    public void Number(string sheet, string reference, decimal value)
    {
        var cell = Cell(sheet, reference);
        cell.CellFormula = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Text(string sheet, string reference, string value)
    {
        var cell = Cell(sheet, reference);
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(value));
    }

    public void Formula(string sheet, string reference, string formula, decimal cached)
    {
        var cell = Cell(sheet, reference);
        cell.DataType = null;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = new CellValue(cached.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Sets the value saved with a formula, as a spreadsheet does when it recalculates.</summary>
    public void Cached(string sheet, string reference, decimal value)
    {
        var cell = Cell(sheet, reference);
        Assert.NotNull(cell.CellFormula);
        cell.CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Makes the value saved with a formula an error value, as a spreadsheet saves #DIV/0!.</summary>
    public void ErrorValue(string sheet, string reference, string error)
    {
        var cell = Cell(sheet, reference);
        cell.DataType = CellValues.Error;
        cell.CellValue = new CellValue(error);
    }

    /// <summary>Points a cell at an entry of the shared string table, which may not be there.</summary>
    public void SharedString(string sheet, string reference, int index)
    {
        var cell = Cell(sheet, reference);
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Leaves a formula with no saved value, as a program that does not calculate writes it.</summary>
    public void Uncached(string sheet, string reference) => Cell(sheet, reference).CellValue = null;

    public void Clear(string sheet, string reference) => Cell(sheet, reference).Remove();

    public void RenameSheet(string from, string to) =>
        document.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == from).Name = to;

    public string? Value(string sheet, string reference) => Cell(sheet, reference) is var c ? TextOf(c) : null;

    private SheetData Data(string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook!.Sheets!.Elements<Sheet>().First(s => s.Name == sheet).Id!.Value!;
        return ((WorksheetPart)workbook.GetPartById(id)).Worksheet!.GetFirstChild<SheetData>()!;
    }

    // The cell, made where it is missing, in its place in the row.
    private Cell Cell(string sheet, string reference)
    {
        var data = Data(sheet);
        var rowNumber = uint.Parse(new string(reference.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = rowNumber };
            data.InsertBefore(row, data.Elements<Row>().FirstOrDefault(r => r.RowIndex! > rowNumber));
        }
        var column = CellRefs.ColumnNumber(reference.TakeWhile(char.IsLetter).ToArray());
        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is not null) return cell;
        cell = new Cell { CellReference = reference };
        row.InsertBefore(cell, row.Elements<Cell>().FirstOrDefault(c => CellRefs.ColumnNumber(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()) > column));
        return cell;
    }

    private string? TextOf(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return document.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)).InnerText;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        return cell.CellValue?.Text;
    }
}
