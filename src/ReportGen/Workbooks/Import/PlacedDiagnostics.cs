using ReportGen.Diagnostics;
using ReportGen.Loading;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Points the data file's validation diagnostics back at the workbook: a problem with a line the workbook wrote is
/// located at its row — at the very cell for an amount, label, id or programme — and keeps its JSON path; a problem
/// elsewhere in the data (a published total, the meeting) is located in the data file as it is on disk.
/// </summary>
internal static class PlacedDiagnostics
{
    public static IEnumerable<Diagnostic> Place(IEnumerable<Diagnostic> diagnostics, IReadOnlyDictionary<string, (KeyedSheet Sheet, int Row)> places,
        ReadOnlyMemory<byte> oldJson, string jsonName, Func<string, string?> columnKey)
    {
        var positions = JsonPositionIndex.Build(oldJson, BudgetLoader.MaxDepth);
        var placed = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.JsonPath is not { } path)
            {
                placed.Add(diagnostic);
                continue;
            }
            var (at, rest) = Nearest(places, path);
            if (at is { } place)
            {
                var key = rest switch
                {
                    "" => WorkbookLayout.RowKey,
                    ".amount" => columnKey(""),
                    _ when rest.StartsWith(".amount.", StringComparison.Ordinal) => columnKey(rest[".amount.".Length..]),
                    ".label" => WorkbookLayout.LabelKey,
                    ".id" => WorkbookLayout.IdKey,
                    ".programme" => WorkbookLayout.OtherProgrammeKey,
                    _ => WorkbookLayout.RowKey,
                };
                var column = key is null ? 0 : place.Sheet.ColumnOf(key);
                if (column == 0) column = place.Sheet.ColumnOf(WorkbookLayout.RowKey);
                placed.Add(diagnostic with { Location = CellRefs.Location(place.Sheet.Workbook, place.Sheet.Name, column, place.Row, path) });
            }
            else
            {
                var (line, col) = positions.Find(path);
                placed.Add(diagnostic with { Location = new SourceLocation(jsonName, line, col, path) });
            }
        }
        return placed;
    }

    // The longest path the workbook wrote that the diagnostic's path starts with, and what follows it.
    private static ((KeyedSheet Sheet, int Row)?, string) Nearest(IReadOnlyDictionary<string, (KeyedSheet Sheet, int Row)> places, string path)
    {
        for (var p = path; p.Length > 1; p = JsonPath.Parent(p))
            if (places.TryGetValue(p, out var place)) return (place, path[p.Length..]);
        return (null, "");
    }
}
