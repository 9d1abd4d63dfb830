using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Diagnostics;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Reads an .xlsx into plain grids of cells, streaming each sheet, within limits no budget comes near: a workbook
/// that is not one (an .xls, a password-protected file, a renamed .docx, a damaged zip), or one whose parts would
/// unpack to far more than a budget, is a diagnostic, never an exception or a runaway read.
/// </summary>
internal static class WorkbookReader
{
    /// <summary>The most all parts may unpack to, and one part.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024, MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The most cells with a value, and rows, read from a workbook.</summary>
    public const int MaxCells = 1_000_000, MaxRow = 200_000;

    /// <summary>The workbook's sheets, and its title from its document properties; null when it cannot be read (reported).</summary>
    public static (List<SheetGrid> Sheets, string? Title)? Read(byte[] bytes, string name, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(name);
        // Excel 97–2003 files and password-protected workbooks are OLE compound files, not zips.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            diagnostics.Error("RG0400", at, "this is an Excel 97–2003 (.xls) file or a password-protected workbook. Save it as an unprotected Excel Workbook (.xlsx) and import that.");
            return null;
        }
        try
        {
            if (!WithinLimits(bytes, at, diagnostics)) return null;
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxPartBytes, AutoSave = false });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("the package has no workbook part.");
            var strings = SharedStrings(workbook.SharedStringTablePart);
            var grids = new List<SheetGrid>();
            var cells = 0;
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                var sheetName = sheet.Name?.Value ?? "";
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    grids.Add(new SheetGrid(sheetName) { IsChart = true });
                    continue;
                }
                var grid = new SheetGrid(sheetName);
                cells += ReadCells(part, grid, strings, MaxCells - cells);
                if (cells >= MaxCells)
                {
                    diagnostics.Error("RG0402", new SourceLocation($"{name}[{sheetName}]"), $"the workbook has over {MaxCells:N0} cells with values; a budget has far fewer. Check this is the right file.");
                    return null;
                }
                grids.Add(grid);
            }
            return (grids, document.PackageProperties.Title);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException
            or NotSupportedException or ArgumentException or InvalidOperationException or KeyNotFoundException or UriFormatException)
        {
            diagnostics.Error("RG0400", at, $"this is not an Excel workbook (.xlsx) that can be read: {Sentence(ex.Message)} Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).");
            return null;
        }
    }

    // Each part's size is read from the zip's directory; .NET stops reading a part at that size, so it is a real bound.
    private static bool WithinLimits(byte[] bytes, SourceLocation at, DiagnosticBag diagnostics)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > MaxPartBytes || total > MaxUnpackedBytes)
            {
                diagnostics.Error("RG0402", at, $"the workbook unpacks to over {(entry.Length > MaxPartBytes ? MaxPartBytes : MaxUnpackedBytes) / (1024 * 1024)} MB ({entry.FullName}); a budget workbook is far smaller. Check this is the right file.");
                return false;
            }
        }
        return true;
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            if (strings.Count > MaxCells) throw new InvalidDataException("the shared string table is larger than any budget's.");
        }
        return strings;
    }

    // The item's own text, or its runs' text; phonetic guides (rPh) are not part of what the cell says.
    private static string TextOf(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    private static int ReadCells(WorksheetPart part, SheetGrid grid, List<string> strings, int budget)
    {
        var count = 0;
        var (row, column) = (0, 0);
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row))
            {
                var index = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                row = int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
                if (row is < 1 or > MaxRow) throw new InvalidDataException($"row {row} is beyond the {MaxRow:N0} rows a budget workbook may have.");
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                column = Position(cell.CellReference?.Value, ref row, column);
                if (Read(cell, column, row, strings) is { } read)
                {
                    grid.Add(read);
                    if (++count >= budget) return count;
                }
            }
        }
        return count;
    }

    // A cell names its place ("C14"); a writer may leave it out, and then the cell follows the one before it.
    private static int Position(string? reference, ref int row, int previous)
    {
        if (reference is null) return previous + 1;
        var letters = reference.TakeWhile(char.IsAsciiLetterUpper).Count();
        var column = CellRefs.ColumnNumber(reference.AsSpan(0, letters));
        if (int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= MaxRow) row = r;
        return column is >= 1 and <= 16_384 ? column : previous + 1;
    }

    private static SheetCell? Read(Cell cell, int column, int row, List<string> strings)
    {
        var formula = cell.CellFormula is { } f ? f.Text ?? "" : null;
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return new SheetCell(column, row, CellKind.Text, cell.InlineString is { } inline ? TextOf(inline) : "", null, formula);
        if (value is null)
            return formula is null ? null : new SheetCell(column, row, CellKind.Uncalculated, "", null, formula);
        if (type == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? new SheetCell(column, row, CellKind.Text, strings[i], null, formula)
                : new SheetCell(column, row, CellKind.Error, "#STRING?", null, formula);
        if (type == CellValues.String || type == CellValues.Date) return new SheetCell(column, row, CellKind.Text, value, null, formula);
        if (type == CellValues.Boolean) return new SheetCell(column, row, CellKind.Boolean, value == "1" ? "TRUE" : "FALSE", null, formula);
        if (type == CellValues.Error) return new SheetCell(column, row, CellKind.Error, value, null, formula);
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(column, row, CellKind.Number, value, number, formula)
            : new SheetCell(column, row, CellKind.Error, value.Length > 20 ? value[..20] + "…" : value, null, formula);
    }

    private static string Sentence(string message) => message.TrimEnd().EndsWith('.') ? message.TrimEnd() : message.TrimEnd() + ".";
}
