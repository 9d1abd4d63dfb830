using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Checks every figure the workbook computes against the figures of the data it imports into: sub-totals and
/// totals, rows repeated from the Funding and Transfers sheets, difference and % change cells, and the funding
/// summary. A formula is read by the value saved with it, so a SUM that leaves out a line, a total typed over, or a
/// stale value is caught, located at its cell. An empty cell is not checked: only what the workbook shows must be right.
/// </summary>
internal sealed class FigureChecks(PaperFigures figures, DiagnosticBag diagnostics)
{
    private static readonly MoneyFormat Money = MoneyFormat.Plain;
    private ColumnSet Columns => figures.Columns;

    public void Programme(ReadProgramme read)
    {
        var programme = figures.Programmes[read.Index];
        var p = programme.Programme;
        foreach (var row in read.Derived)
        {
            var (expected, because) = row.Kind switch
            {
                RowKind.Subtotal => (programme.Subtotals[row.Group], "the group's lines add up to"),
                RowKind.TotalAllocated => (programme.TotalAllocated, "the programme's lines add up to"),
                RowKind.FundingAvailable => (programme.FundingAvailable, "its funding and transfers in add up to"),
                RowKind.Unallocated or RowKind.OverProgrammed => (programme.Difference, "funding less uses comes to"),
                RowKind.Total => (programme.Total, "funding available and ring-fenced funding add up to"),
                _ => Repeated(read.Sheet, p, row),
            };
            if (expected is { } values) Stored(read.Sheet, row.Row, values, because, Repeats(row.Kind));
            Computed(read.Sheet, row.Row);
        }
        foreach (var line in read.Groups.SelectMany(g => g.Lines)) Computed(read.Sheet, line.Row);
    }

    /// <summary>The difference and % change cells of the rows of a Funding or Transfers sheet.</summary>
    public void Lines(IEnumerable<ReadLine> lines)
    {
        foreach (var line in lines) Computed(line.Sheet, line.Row);
    }

    /// <summary>The funding summary: each programme's row and the total, in pounds and in £000s.</summary>
    public void Summary(KeyedSheet sheet, BudgetPaper paper)
    {
        foreach (var row in sheet.DataRows)
        {
            var name = sheet.Cell(WorkbookLayout.ProgrammeKey, row)?.Text.Trim();
            var named = paper.Programmes.Where(p => p.Name.Trim() == name).ToList();
            ColumnValues exact;
            if (named.Count == 1 && figures.Of(named[0].Id) is { } programme) exact = programme.Total;
            else if (named.Count == 0 && name == paper.Summary.TotalLabel.Trim()) exact = figures.Total;
            else continue;
            Stored(sheet, row, exact, "the programme's funding adds up to");
            foreach (var column in Columns.All)
            {
                var key = Export.SummarySheet.ThousandsKey(column);
                if (!sheet.Has(key)) continue;
                var value = exact.In(column);
                if (column.IsPercent) Check(sheet, key, row, value / 100m, $"the % change of the pounds on this row is {Percent(value)}", Unit.Percent);
                else Check(sheet, key, row, value is { } v ? Model.Money.ToThousands(v) : null, $"the pounds on this row come to {Thousands(value)} thousand", Unit.Thousands);
            }
        }
    }

    private (ColumnValues?, string) Repeated(KeyedSheet at, Programme p, DerivedRow row)
    {
        IEnumerable<(string? Id, Amounts Amount)> lines = row.Kind switch
        {
            RowKind.TransferOut => p.TransfersOut.Select(t => (t.Id, t.Amount)),
            RowKind.TransferIn => p.TransfersIn.Select(t => (t.Id, t.Amount)),
            RowKind.CarryForward => p.CarryForwards.Select(l => (l.Id, l.Amount)),
            RowKind.Drawdown => p.Drawdowns.Select(l => (l.Id, l.Amount)),
            RowKind.Funding => p.Funding.Select(l => (l.Id, l.Amount)),
            RowKind.RingFencedAllocation => p.RingFenced.Select(r => (r.Allocation.Id, r.Allocation.Amount)),
            _ => p.RingFenced.Select(r => (r.Funding.Id, r.Funding.Amount)),
        };
        var sheet = row.Kind == RowKind.Funding ? WorkbookLayout.FundingSheet : WorkbookLayout.TransfersSheet;
        foreach (var (id, amount) in lines)
            if (id is not null && id == row.Id) return (ColumnValues.Of(amount, Columns), $"the {sheet} sheet's line '{id}' is");
        diagnostics.Error("RG0411", at.At(WorkbookLayout.RowKey, row.Row),
            $"this '{WorkbookLayout.NameOf(row.Kind)}' row repeats the {sheet} sheet's line '{row.Id}', which that sheet does not have for this programme. Delete the row here too (reportgen new --xlsx writes the table afresh).");
        return (null, "");
    }

    private void Stored(KeyedSheet sheet, int row, ColumnValues expected, string because, bool repeats = false)
    {
        foreach (var column in Columns.Stored)
            Check(sheet, column.Key, row, expected[column.Index], $"{because} {Pounds(expected[column.Index])}", Unit.Pounds,
                repeats ? "This row repeats that line: change the amount there, and keep this cell a reference to it." : null);
    }

    private static bool Repeats(RowKind kind) => kind is RowKind.TransferOut or RowKind.TransferIn or RowKind.CarryForward or RowKind.Drawdown
        or RowKind.Funding or RowKind.RingFencedAllocation or RowKind.RingFencedFunding;

    private enum Unit { Pounds, Thousands, Percent }

    private void Computed(KeyedSheet sheet, int row)
    {
        foreach (var column in Columns.All.Where(c => !c.IsStored && sheet.Has(c.Key)))
        {
            var (from, to) = (sheet.Figure(Columns.Stored[column.From].Key, row), sheet.Figure(Columns.Stored[column.To].Key, row));
            if (column.IsPercent)
            {
                // The workbook holds a fraction (0.087), the paper a percentage (8.7).
                var percent = ColumnValues.PercentChange(from, to) / 100m;
                Check(sheet, column.Key, row, percent, $"the change between its '{Columns.Stored[column.From].Key}' and '{Columns.Stored[column.To].Key}' cells is {Percent(percent * 100)}", Unit.Percent);
            }
            else
            {
                var difference = ColumnValues.Difference(from, to);
                Check(sheet, column.Key, row, difference, $"its '{Columns.Stored[column.To].Key}' cell less its '{Columns.Stored[column.From].Key}' cell is {Pounds(difference)}", Unit.Pounds);
            }
        }
    }

    private void Check(KeyedSheet sheet, string key, int row, decimal? expected, string because, Unit unit, string? fix = null)
    {
        var percent = unit == Unit.Percent;
        var cell = sheet.Cell(key, row);
        if (cell is null || cell.IsBlank) return;
        var at = sheet.At(cell.Column, row);
        decimal? shown;
        switch (cell.Kind)
        {
            case CellKind.Number: shown = cell.Number; break;
            case CellKind.Text when cell.Text.Trim() is MoneyFormat.Missing or "-": shown = null; break;
            case CellKind.Error:
                diagnostics.Error("RG0416", at, $"the cell holds the error {cell.Text}. Fix its formula.");
                return;
            case CellKind.Uncalculated:
                diagnostics.Error("RG0409", at, $"the formula ={KeyedSheet.Shorten(cell.Formula ?? "")} has no value saved with it: open the workbook in Excel or LibreOffice, save it, and import again.");
                return;
            default:
                diagnostics.Error("RG0410", at, $"the cell shows the text '{KeyedSheet.Shorten(cell.Text)}' where a figure belongs: {because}.");
                return;
        }
        // "–" and £0 both say nothing is there; a percentage is compared to a millionth, pounds to the penny.
        var (a, b) = percent ? (shown, expected) : (shown ?? 0, expected ?? 0);
        var same = percent ? (a is null && b is null) || (a is { } x && b is { } y && Math.Abs(x - y) < 0.000001m) : Math.Abs(a!.Value - b!.Value) < 0.005m;
        if (!same)
            diagnostics.Error("RG0410", at, $"the cell shows {unit switch { Unit.Percent => Percent(shown * 100), Unit.Thousands => Thousands(shown * 1000), _ => Pounds(shown) }}, but {because}. " +
                (fix ?? (cell.Formula is null ? "A figure the workbook computes has been typed over: put its formula back."
                    : $"Its formula ={KeyedSheet.Shorten(cell.Formula)} gives another figure, or the workbook was saved without recalculating: correct the formula, or recalculate and save.")));
    }

    private static string Pounds(decimal? value) => value is { } v ? Money.Pounds(Math.Round(v, 2)) : MoneyFormat.Missing;
    private static string Thousands(decimal? value) => value is { } v ? Money.Thousands(v) : MoneyFormat.Missing;
    private static string Percent(decimal? value) => value is { } v ? Money.Percent(v) : MoneyFormat.Missing;
}
