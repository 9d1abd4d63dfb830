using ReportGen.Diagnostics;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Finds the sheets the import needs by name: each programme's (named after the programme), Funding and Transfers
/// and reserves; the funding summary when it is there. A sheet that is missing is an error — and when a sheet the
/// import does not know is there instead, the error points at it, since it is most likely the missing one renamed.
/// Other sheets (notes of the finance team's own) are left out, with a warning.
/// </summary>
internal static class SheetMatch
{
    public static Dictionary<string, SheetGrid> Find(IReadOnlyList<SheetGrid> grids, IReadOnlyList<string> needed, string optional, string workbook, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, SheetGrid>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<SheetGrid>();
        foreach (var grid in grids)
        {
            var name = needed.Append(optional).FirstOrDefault(n => string.Equals(n, grid.Name, StringComparison.OrdinalIgnoreCase));
            if (name is not null && !grid.IsChart && found.TryAdd(name, grid)) continue;
            unknown.Add(grid);
        }
        foreach (var missing in needed.Where(n => !found.ContainsKey(n)))
        {
            var renamed = unknown.OrderBy(g => EditDistance.Between(g.Name.ToLowerInvariant(), missing.ToLowerInvariant())).ThenBy(g => g.Name, StringComparer.Ordinal).FirstOrDefault();
            if (renamed is not null)
            {
                unknown.Remove(renamed);
                diagnostics.Error("RG0403", CellRefs.Location(workbook, renamed.Name),
                    $"the workbook has no sheet '{missing}', and this sheet is not one the import knows: is it '{missing}' renamed? Sheets are named as reportgen new --xlsx names them (a programme's after its name in the data file): name it '{missing}' again.");
            }
            else
                diagnostics.Error("RG0403", new SourceLocation(workbook),
                    $"the workbook has no sheet '{missing}'. Every programme has a sheet, and so do Funding and Transfers and reserves: put it back as reportgen new --xlsx writes it.");
        }
        foreach (var extra in unknown)
            diagnostics.Warning("RG0415", CellRefs.Location(workbook, extra.Name),
                $"the import does not read a sheet named '{extra.Name}'; it is left out. Line items belong on their programme's sheet.");
        return found;
    }
}
