namespace ReportGen.Workbooks.Export;

/// <summary>How a row looks: the finance team's own rows plain, group headings italic, totals bold.</summary>
internal enum RowLook { Title, Heading, Key, Group, Plain, Subtotal, Total, Note }

/// <summary>What a cell holds, which decides its number format.</summary>
internal enum CellLook
{
    /// <summary>A label.</summary>
    Text,
    /// <summary>An id or a row kind: small and grey, there for the import.</summary>
    Technical,
    /// <summary>Pounds (£1,234).</summary>
    Pounds,
    /// <summary>Pounds rounded to thousands, no £ (the summary's £000s).</summary>
    Thousands,
    /// <summary>A percentage change.</summary>
    Percent,
}

/// <summary>A cell's look: its row's, what it holds, and whether a zero shows as "–" (a figure with no amount).</summary>
internal readonly record struct CellStyle(RowLook Row, CellLook Look, bool ZeroAsDash = false);

/// <summary>One cell of a planned sheet.</summary>
internal abstract record PlanCell(CellStyle Style);

/// <summary>Text.</summary>
internal sealed record TextCell(string Text, CellStyle Style) : PlanCell(Style);

/// <summary>A number typed in: a line's amount.</summary>
internal sealed record NumberCell(decimal Value, CellStyle Style) : PlanCell(Style);

/// <summary>A formula and the value it computes, cached so readers that do not calculate still see the figure.</summary>
internal sealed record FormulaCell(string Formula, decimal? CachedNumber, string? CachedText, CellStyle Style) : PlanCell(Style);

/// <summary>A column of a sheet: the key the import goes by, the heading people read, and its width in characters.</summary>
internal sealed record SheetColumn(string Key, string Heading, double Width);

/// <summary>One data row: how it looks, and a cell per column (null for an empty cell).</summary>
internal sealed record PlanRow(RowLook Look, PlanCell?[] Cells);

/// <summary>
/// A sheet laid out before it is written: every row's number is known, so formulas on other sheets can refer to
/// it. Data rows start at <see cref="WorkbookLayout.FirstDataRow"/>.
/// </summary>
internal sealed class SheetPlan(string name, string title, IReadOnlyList<SheetColumn> columns, IReadOnlyList<RowKind>? kinds)
{
    public string Name => name;

    public string Title => title;

    public IReadOnlyList<SheetColumn> Columns => columns;

    /// <summary>The kinds the Row column offers in its drop-down list; null for a sheet without one.</summary>
    public IReadOnlyList<RowKind>? Kinds => kinds;

    public List<PlanRow> Rows { get; } = [];

    /// <summary>Notes printed below the table (a rounding note), as text rows.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The sheet row the next added row will have.</summary>
    public int NextRow => WorkbookLayout.FirstDataRow + Rows.Count;

    /// <summary>The 1-based column with this key.</summary>
    public int ColumnOf(string key)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i].Key == key) return i + 1;
        throw new ArgumentException($"no column '{key}' on sheet {name}", nameof(key));
    }

    /// <summary>Adds a row; returns its sheet row number.</summary>
    public int Add(RowLook look, PlanCell?[] cells)
    {
        var row = NextRow;
        Rows.Add(new PlanRow(look, cells));
        return row;
    }
}
