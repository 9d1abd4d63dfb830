using ReportGen.Diagnostics;

namespace ReportGen.Workbooks;

/// <summary>A1-style cell names, sheet names as formulas quote them, and where a diagnostic points in a workbook.</summary>
public static class CellRefs
{
    /// <summary>The letters of a 1-based column: 1 → A, 27 → AA.</summary>
    public static string Column(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>The 1-based column of letters such as "AA", or 0 when they are not column letters.</summary>
    public static int ColumnNumber(ReadOnlySpan<char> letters)
    {
        var n = 0;
        foreach (var c in letters)
        {
            if (c is < 'A' or > 'Z' || n > 100_000) return 0;
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    /// <summary>"C14".</summary>
    public static string Cell(int column, int row) => $"{Column(column)}{row}";

    /// <summary>A sheet name as a formula writes it: quoted, with apostrophes doubled (<c>'Victims Services'</c>).</summary>
    public static string Quoted(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Where a diagnostic points: <c>budget.xlsx[Victims Services]!C14</c>, or the sheet, or the workbook.</summary>
    public static SourceLocation Location(string workbook, string? sheet = null, int column = 0, int row = 0, string? jsonPath = null) =>
        new(sheet is null ? workbook : row > 0 ? $"{workbook}[{sheet}]!{(column > 0 ? Column(column) : "A")}{row}" : $"{workbook}[{sheet}]",
            JsonPath: jsonPath);
}
