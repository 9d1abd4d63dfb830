namespace ReportGen.Workbooks.Import;

/// <summary>What a cell holds as read: a number, text, a true/false, an error value (#REF!), or a formula with no value saved.</summary>
internal enum CellKind { Number, Text, Boolean, Error, Uncalculated }

/// <summary>One cell read from a sheet. A formula is read by the value saved with it.</summary>
/// <param name="Text">The text as stored: the number's digits, the string, the error's name.</param>
/// <param name="Number">The value, for a number.</param>
/// <param name="Formula">The formula, when the cell has one ("" for a shared formula's later cells).</param>
internal sealed record SheetCell(int Column, int Row, CellKind Kind, string Text, decimal? Number, string? Formula)
{
    /// <summary>True for a cell with nothing a reader would see: empty text.</summary>
    public bool IsBlank => Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text);
}

/// <summary>A sheet's cells by row and column; cells with no value are not kept.</summary>
internal sealed class SheetGrid(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, SheetCell>> rows = [];

    public string Name => name;

    /// <summary>True for a sheet that is not a worksheet (a chart).</summary>
    public bool IsChart { get; init; }

    public IEnumerable<int> RowNumbers => rows.Keys;

    public void Add(SheetCell cell)
    {
        if (!rows.TryGetValue(cell.Row, out var row)) rows[cell.Row] = row = [];
        row[cell.Column] = cell;
    }

    /// <summary>The cells of a row, left to right.</summary>
    public IEnumerable<SheetCell> Row(int row) => rows.TryGetValue(row, out var cells) ? cells.Values : [];

    public SheetCell? Cell(int column, int row) => rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;
}
