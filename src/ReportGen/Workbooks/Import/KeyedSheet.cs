using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Formatting;

namespace ReportGen.Workbooks.Import;

/// <summary>An amount cell as read: its value (null for an empty cell), or false when the cell could not be read as one.</summary>
internal readonly record struct AmountRead(decimal? Value, bool Readable);

/// <summary>
/// A sheet whose columns are known by the keys in its key row, so columns may be moved about; every cell is read
/// with the diagnostic its problem deserves, located as <c>budget.xlsx[Sheet]!C14</c>.
/// </summary>
internal sealed class KeyedSheet
{
    private readonly Dictionary<string, int> columns;

    private KeyedSheet(SheetGrid grid, string workbook, int keyRow, Dictionary<string, int> columns)
    {
        Grid = grid;
        Workbook = workbook;
        KeyRow = keyRow;
        this.columns = columns;
    }

    public SheetGrid Grid { get; }

    public string Workbook { get; }

    public string Name => Grid.Name;

    public int KeyRow { get; }

    /// <summary>
    /// Finds the key row (the workbook's third row, or within the first ten) and maps each key to its column.
    /// A key this sheet does not have, a key written twice, a required key missing, and a value in a column with no
    /// key are each an error: the import never guesses what a column means.
    /// </summary>
    public static KeyedSheet? Read(SheetGrid grid, string workbook, IReadOnlyCollection<string> known, IReadOnlyCollection<string> required, DiagnosticBag diagnostics)
    {
        var keyRow = grid.RowNumbers.TakeWhile(r => r <= 10).FirstOrDefault(r => required.All(k => grid.Row(r).Any(c => Key(c) == k)));
        if (keyRow == 0)
        {
            diagnostics.Error("RG0405", CellRefs.Location(workbook, grid.Name, 1, WorkbookLayout.KeyRow),
                $"no row of column keys: row {WorkbookLayout.KeyRow} names each column ({string.Join(", ", required)}, …) so the import knows what it holds. Put the row back as reportgen new --xlsx writes it.");
            return null;
        }
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        foreach (var cell in grid.Row(keyRow).Where(c => !c.IsBlank))
        {
            var key = Key(cell);
            if (!known.Contains(key))
            {
                diagnostics.Error("RG0405", CellRefs.Location(workbook, grid.Name, cell.Column, keyRow),
                    $"column {CellRefs.Column(cell.Column)} has the key '{cell.Text}', which is not one of this sheet's columns ({string.Join(", ", known)}). Remove the column, or declare it in the data file's 'columns' first.");
                ok = false;
            }
            else if (!columns.TryAdd(key, cell.Column))
            {
                diagnostics.Error("RG0405", CellRefs.Location(workbook, grid.Name, cell.Column, keyRow),
                    $"the key '{key}' heads column {CellRefs.Column(columns[key])} already. Each column has its own key.");
                ok = false;
            }
        }
        foreach (var missing in required.Where(k => !columns.ContainsKey(k)))
        {
            diagnostics.Error("RG0405", CellRefs.Location(workbook, grid.Name, 1, keyRow), $"no column has the key '{missing}'. Put the column back.");
            ok = false;
        }
        var keyed = columns.Values.ToHashSet();
        var unkeyed = new HashSet<int>();
        foreach (var row in grid.RowNumbers.Where(r => r > keyRow))
            foreach (var cell in grid.Row(row).Where(c => !c.IsBlank && !keyed.Contains(c.Column) && Key(grid.Cell(c.Column, keyRow)).Length == 0))
                if (unkeyed.Add(cell.Column))
                {
                    diagnostics.Error("RG0405", CellRefs.Location(workbook, grid.Name, cell.Column, row),
                        $"column {CellRefs.Column(cell.Column)} holds values but has no key in row {keyRow}, so the import cannot tell what they are. Move them into the sheet's columns, or remove them.");
                    ok = false;
                }
        return ok ? new KeyedSheet(grid, workbook, keyRow, columns) : null;
    }

    private static string Key(SheetCell? cell) => cell?.Text.Trim() ?? "";

    /// <summary>The rows below the key row with anything in them.</summary>
    public IEnumerable<int> DataRows => Grid.RowNumbers.Where(r => r > KeyRow && Grid.Row(r).Any(c => !c.IsBlank));

    public bool Has(string key) => columns.ContainsKey(key);

    public int ColumnOf(string key) => columns.TryGetValue(key, out var column) ? column : 0;

    public SheetCell? Cell(string key, int row) => columns.TryGetValue(key, out var column) ? Grid.Cell(column, row) : null;

    public SourceLocation At(string key, int row, string? jsonPath = null) => CellRefs.Location(Workbook, Name, ColumnOf(key), row, jsonPath);

    public SourceLocation At(int column, int row) => CellRefs.Location(Workbook, Name, column, row);

    /// <summary>The text of a label, id or kind cell, trimmed; "" when empty; null (reported) when it is an error or was never calculated.</summary>
    public string? Text(string key, int row, DiagnosticBag diagnostics)
    {
        var cell = Cell(key, row);
        if (cell is null) return "";
        if (Unusable(cell, diagnostics)) return null;
        return cell.Kind == CellKind.Number ? cell.Number!.Value.ToString(CultureInfo.InvariantCulture) : cell.Text.Trim();
    }

    /// <summary>An amount: a number, or nothing; text (even "£1,200") is reported, as is anything else that is not a number.</summary>
    public AmountRead Amount(string key, int row, DiagnosticBag diagnostics)
    {
        var cell = Cell(key, row);
        if (cell is null || cell.IsBlank) return new(null, true);
        if (Unusable(cell, diagnostics)) return new(null, false);
        if (cell.Kind == CellKind.Number) return new(Pounds(cell.Number!.Value), true);
        if (cell.Kind == CellKind.Text && cell.Text.Trim() is MoneyFormat.Missing or "-") return new(null, true);
        var typed = cell.Text.Trim().Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        var hint = decimal.TryParse(typed, NumberStyles.Number, CultureInfo.InvariantCulture, out var meant)
            ? $" Type the number {meant.ToString(CultureInfo.InvariantCulture)}: the £ format shows the pound sign and the commas." : "";
        diagnostics.Error("RG0407", At(cell.Column, row),
            $"the amount is the {(cell.Kind == CellKind.Boolean ? "value" : "text")} '{Shorten(cell.Text)}', not a number.{hint} Leave the cell empty where a line has no amount.");
        return new(null, false);
    }

    /// <summary>A figure a formula computed, for checking: its value, or null for an empty cell or "–".</summary>
    public decimal? Figure(string key, int row)
    {
        var cell = Cell(key, row);
        return cell?.Kind == CellKind.Number ? cell.Number : null;
    }

    private bool Unusable(SheetCell cell, DiagnosticBag diagnostics)
    {
        if (cell.Kind == CellKind.Error)
            diagnostics.Error("RG0416", At(cell.Column, cell.Row), $"the cell holds the error {cell.Text}{(cell.Formula is { Length: > 0 } f ? $" (from ={Shorten(f)})" : "")}. Fix the formula or type the value.");
        else if (cell.Kind == CellKind.Uncalculated)
            diagnostics.Error("RG0409", At(cell.Column, cell.Row), $"the formula ={Shorten(cell.Formula ?? "")} has no value saved with it: the workbook was written by a program that does not calculate. Open it in Excel or LibreOffice, save it, and import again.");
        else return false;
        return true;
    }

    // Spreadsheets add in binary fractions: 0.1 + 0.2 is saved as 0.30000000000000004. An amount is pounds and pence.
    private static decimal Pounds(decimal value)
    {
        var pence = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return Math.Abs(value - pence) < 0.000001m ? pence : value;
    }

    public static string Shorten(string text, int most = 40) => text.Length > most ? text[..most] + "…" : text;
}
