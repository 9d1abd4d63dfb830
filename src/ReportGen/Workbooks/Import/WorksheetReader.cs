using System.Globalization;
using System.Xml;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// A worksheet's cells, streamed from its XML into a <see cref="SheetGrid"/>: each row of sheetData, each cell's
/// place, type, formula and saved value. A cell whose type is none SpreadsheetML has reads as the error #TYPE?, as
/// a shared string that is not there reads as #STRING?: located, and reported by the import like any error value.
/// </summary>
internal static class WorksheetReader
{
    /// <summary>Reads at most <paramref name="budget"/> cells with values into <paramref name="grid"/>; returns how many it read.</summary>
    public static int Read(XmlReader reader, SheetGrid grid, List<string> strings, int budget)
    {
        var count = 0;
        var (row, column) = (0, 0);
        if (!WorkbookXml.Is(reader, "worksheet")) return 0;
        foreach (var _ in WorkbookXml.Children(reader))
        {
            if (!WorkbookXml.Is(reader, "sheetData")) continue;
            foreach (var __ in WorkbookXml.Children(reader))
            {
                if (!WorkbookXml.Is(reader, "row")) continue;
                row = RowNumber(reader, row);
                column = 0;
                foreach (var ___ in WorkbookXml.Children(reader))
                {
                    if (!WorkbookXml.Is(reader, "c")) continue;
                    if (Cell(reader, ref row, ref column, strings) is not { } cell) continue;
                    grid.Add(cell);
                    if (++count >= budget) return count;
                }
            }
        }
        return count;
    }

    // A row names its number (r="14"); a writer may leave it out, and then it follows the row before.
    private static int RowNumber(XmlReader reader, int previous)
    {
        string? index = null;
        // Whatever prefix the attribute has, as the Open XML SDK read it.
        for (var more = reader.MoveToFirstAttribute(); more && index is null; more = reader.MoveToNextAttribute())
            if (reader.LocalName == "r" && reader.NamespaceURI != "http://www.w3.org/2000/xmlns/") index = reader.Value;
        reader.MoveToElement();
        var row = int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : previous + 1;
        if (row is < 1 or > WorkbookReader.MaxRow) throw new InvalidDataException($"row {row} is beyond the {WorkbookReader.MaxRow:N0} rows a budget workbook may have.");
        return row;
    }

    private static SheetCell? Cell(XmlReader reader, ref int row, ref int column, List<string> strings)
    {
        var reference = reader.GetAttribute("r");
        var type = reader.GetAttribute("t");
        string? formula = null, value = null, inline = null;
        // The first of each, wherever it stands among the cell's children.
        foreach (var _ in WorkbookXml.Children(reader))
        {
            if (formula is null && WorkbookXml.Is(reader, "f")) formula = WorkbookXml.Text(reader);
            else if (value is null && WorkbookXml.Is(reader, "v")) value = WorkbookXml.Text(reader);
            else if (inline is null && WorkbookXml.Is(reader, "is")) inline = WorkbookXml.RichText(reader);
        }
        column = Position(reference, ref row, column);
        return Read(column, row, type, formula, value, inline, strings);
    }

    // A cell names its place ("C14"); a writer may leave it out, and then the cell follows the one before it.
    private static int Position(string? reference, ref int row, int previous)
    {
        if (reference is null) return previous + 1;
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).Count();
        var column = CellRefs.ColumnNumber(reference.AsSpan(0, letters));
        if (int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= WorkbookReader.MaxRow) row = r;
        return column is >= 1 and <= 16_384 ? column : previous + 1;
    }

    // A formula is read by the value saved with it; t says what that value is (a number when there is no t).
    private static SheetCell? Read(int column, int row, string? type, string? formula, string? value, string? inline, List<string> strings)
    {
        if (type == "inlineStr") return new SheetCell(column, row, CellKind.Text, inline ?? "", null, formula);
        if (value is null) return formula is null ? null : new SheetCell(column, row, CellKind.Uncalculated, "", null, formula);
        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? new SheetCell(column, row, CellKind.Text, strings[i], null, formula)
                : new SheetCell(column, row, CellKind.Error, "#STRING?", null, formula),
            "str" or "d" => new SheetCell(column, row, CellKind.Text, value, null, formula),
            "b" => new SheetCell(column, row, CellKind.Boolean, value == "1" ? "TRUE" : "FALSE", null, formula),
            "e" => new SheetCell(column, row, CellKind.Error, value, null, formula),
            null or "n" => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new SheetCell(column, row, CellKind.Number, value, number, formula)
                : new SheetCell(column, row, CellKind.Error, value.Length > 20 ? value[..20] + "…" : value, null, formula),
            _ => new SheetCell(column, row, CellKind.Error, "#TYPE?", null, formula),
        };
    }
}
