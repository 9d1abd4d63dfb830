using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Workbooks;
using ReportGen.Workbooks.Import;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// A workbook's cells as the Open XML SDK reads them — as the import read them before it read the XML itself (for
/// sheets whose rows and cells are numbered, as every program numbers them) — and as the import reads them now,
/// written out one line per cell for comparing.
/// </summary>
internal static class SdkGrids
{
    /// <summary>The title, each sheet's name, and each cell with a value: kind, text, number and formula.</summary>
    public static List<string> Read(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook, writable: false), isEditable: false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
        var lines = new List<string> { $"title {document.PackageProperties.Title}" };
        foreach (var sheet in part.Workbook!.Sheets!.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet)
            {
                lines.Add($"chart {sheet.Name}");
                continue;
            }
            lines.Add($"sheet {sheet.Name}");
            var row = 0;
            foreach (var r in worksheet.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>())
            {
                row = r.RowIndex?.Value is { } index ? (int)index : row + 1;
                var column = 0;
                foreach (var cell in r.Elements<Cell>())
                {
                    column = cell.CellReference?.Value is { } reference ? CellRefs.ColumnNumber(reference.TakeWhile(char.IsAsciiLetterUpper).ToArray()) : column + 1;
                    if (Line(cell, strings) is { } line) lines.Add($"{CellRefs.Cell(column, row)} {line}");
                }
            }
        }
        return lines;
    }

    /// <summary>The same, as the import's reader reads it.</summary>
    public static List<string> OfImport(byte[] workbook)
    {
        var diagnostics = new ReportGen.Diagnostics.DiagnosticBag();
        var (grids, title) = WorkbookReader.Read(workbook, "workbook.xlsx", diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var lines = new List<string> { $"title {title}" };
        foreach (var grid in grids)
        {
            lines.Add($"{(grid.IsChart ? "chart" : "sheet")} {grid.Name}");
            foreach (var row in grid.RowNumbers)
                lines.AddRange(grid.Row(row).Select(c => $"{CellRefs.Cell(c.Column, row)} {Line(c.Kind, c.Text, c.Number, c.Formula)}"));
        }
        return lines;
    }

    private static string? Line(Cell cell, List<string> strings)
    {
        var formula = cell.CellFormula?.Text;
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return Line(CellKind.Text, cell.InlineString is { } inline ? TextOf(inline) : "", null, formula);
        if (value is null) return formula is null ? null : Line(CellKind.Uncalculated, "", null, formula);
        if (type == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? Line(CellKind.Text, strings[i], null, formula) : Line(CellKind.Error, "#STRING?", null, formula);
        if (type == CellValues.String || type == CellValues.Date) return Line(CellKind.Text, value, null, formula);
        if (type == CellValues.Boolean) return Line(CellKind.Boolean, value == "1" ? "TRUE" : "FALSE", null, formula);
        if (type == CellValues.Error) return Line(CellKind.Error, value, null, formula);
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? Line(CellKind.Number, value, number, formula)
            : Line(CellKind.Error, value.Length > 20 ? value[..20] + "…" : value, null, formula);
    }

    private static string Line(CellKind kind, string text, decimal? number, string? formula) => $"{kind} [{text}] {number} {formula}";

    private static string TextOf(OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
}
