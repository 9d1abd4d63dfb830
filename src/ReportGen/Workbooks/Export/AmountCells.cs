using System.Globalization;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// Fills a row's amount cells, one per column of the paper: stored columns as typed numbers (a line) or formulas
/// (a total, a row repeated from another sheet), and computed columns — difference and % change — as formulas on
/// the row's own stored cells. Every formula caches the figure the paper prints; a figure with no amount shows "–".
/// </summary>
internal sealed class AmountCells(ColumnSet columns)
{
    public ColumnSet Columns => columns;

    /// <summary>The column letters of stored column <paramref name="stored"/> on <paramref name="sheet"/>.</summary>
    public string Letter(SheetPlan sheet, int stored) => CellRefs.Column(sheet.ColumnOf(columns.Stored[stored].Key));

    /// <summary>A new, empty row of cells for <paramref name="sheet"/>.</summary>
    public static PlanCell?[] Row(SheetPlan sheet) => new PlanCell?[sheet.Columns.Count];

    /// <summary>Sets the cell under <paramref name="key"/>.</summary>
    public static void Set(PlanCell?[] cells, SheetPlan sheet, string key, PlanCell? cell) => cells[sheet.ColumnOf(key) - 1] = cell;

    /// <summary>Amounts typed in: a line's. A column with no amount is an empty cell.</summary>
    public void Typed(PlanCell?[] cells, SheetPlan sheet, int row, ColumnValues values, RowLook look)
    {
        foreach (var column in columns.Stored)
            if (values[column.Index] is { } value)
                Set(cells, sheet, column.Key, new NumberCell(value, new CellStyle(look, CellLook.Pounds)));
        Computed(cells, sheet, row, values, look);
    }

    /// <summary>Amounts computed by <paramref name="expression"/>, caching <paramref name="values"/>.</summary>
    public void Summed(PlanCell?[] cells, SheetPlan sheet, int row, ColumnValues values, SumExpression expression, RowLook look) =>
        Formulas(cells, sheet, row, values, stored => expression.Render(stored, sheet, Letter), look);

    /// <summary>Amounts computed by a formula per stored column, caching <paramref name="values"/>.</summary>
    public void Formulas(PlanCell?[] cells, SheetPlan sheet, int row, ColumnValues values, Func<int, string> formula, RowLook look)
    {
        foreach (var column in columns.Stored)
        {
            var value = values[column.Index];
            Set(cells, sheet, column.Key, new FormulaCell(formula(column.Index), value ?? 0, null, new CellStyle(look, CellLook.Pounds, value is null)));
        }
        Computed(cells, sheet, row, values, look);
    }

    private void Computed(PlanCell?[] cells, SheetPlan sheet, int row, ColumnValues values, RowLook look)
    {
        foreach (var column in columns.All.Where(c => !c.IsStored))
            Set(cells, sheet, column.Key, Change(column, Letter(sheet, column.From) + row, Letter(sheet, column.To) + row, values.In(column), look, CellLook.Pounds));
    }

    /// <summary>
    /// A difference (<c>to − from</c>) or % change cell between two cells. A change from nothing or from zero has no
    /// percentage: the formula shows "–" there, as the paper does.
    /// </summary>
    public static FormulaCell Change(ResolvedColumn column, string from, string to, decimal? value, RowLook look, CellLook valueLook) =>
        column.IsPercent
            ? new FormulaCell($"IF({from}=0,\"{MoneyFormat.Missing}\",({to}-{from})/ABS({from}))", value / 100m, value is null ? MoneyFormat.Missing : null,
                new CellStyle(look, CellLook.Percent))
            : new FormulaCell($"{to}-{from}", value ?? 0, null, new CellStyle(look, valueLook, value is null));

    /// <summary>A number as a cell value: invariant, no trailing zeros, 15 significant digits at most (what a spreadsheet holds).</summary>
    public static string Number(decimal value)
    {
        var rounded = Math.Round(value, 15 - Math.Min(15, Digits(value)), MidpointRounding.AwayFromZero);
        return (rounded / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
    }

    private static int Digits(decimal value)
    {
        var whole = decimal.Truncate(Math.Abs(value));
        return whole == 0 ? 0 : whole.ToString(CultureInfo.InvariantCulture).Length;
    }
}
