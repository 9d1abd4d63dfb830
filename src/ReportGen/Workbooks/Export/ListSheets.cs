using ReportGen.Figures;
using ReportGen.Model;

namespace ReportGen.Workbooks.Export;

/// <summary>Rows of one kind of line on a sheet, and what withheld lines of that kind still add to totals.</summary>
internal sealed class RowList
{
    public List<int> Rows { get; } = [];

    /// <summary>The amounts of withheld lines still counted in totals; null when none.</summary>
    public ColumnValues? Withheld { get; set; }

    /// <summary>These rows, and any withheld amounts, added to <paramref name="sum"/>.</summary>
    public SumExpression AddTo(SumExpression sum, SheetPlan sheet, params RowKind[] kinds)
    {
        sum.Add(sheet, Rows, kinds);
        return Withheld is { } w ? sum.AddConstant(w) : sum;
    }
}

/// <summary>Where one programme's lines went on the Funding and Transfers and reserves sheets.</summary>
internal sealed class ListedRows
{
    public RowList Funding { get; } = new();
    public RowList TransfersOut { get; } = new();
    public RowList TransfersIn { get; } = new();
    public RowList CarryForwards { get; } = new();
    public RowList Drawdowns { get; } = new();
    public RowList RingFencedFunding { get; } = new();

    /// <summary>The row of each line, by reference.</summary>
    public Dictionary<object, int> RowOf { get; } = new(ReferenceEqualityComparer.Instance);
}

/// <summary>
/// The Funding sheet (every funding source, shown or hidden) and the Transfers and reserves sheet (transfers out and
/// in, carry-forwards, drawdowns, ring-fenced pairs): the data the programme tables total, one row per line, each
/// programme's rows together.
/// </summary>
internal static class ListSheets
{
    public static (SheetPlan Funding, SheetPlan Transfers, IReadOnlyList<ListedRows> Rows) Plan(ExportContext context)
    {
        var paper = context.Paper;
        var funding = new SheetPlan(WorkbookLayout.FundingSheet, "Funding sources of each programme", Columns(context, other: false), WorkbookLayout.FundingKinds);
        var transfers = new SheetPlan(WorkbookLayout.TransfersSheet, "Transfers, carry-forwards, drawdowns and ring-fenced pairs", Columns(context, other: true), WorkbookLayout.TransferKinds);
        var rows = new List<ListedRows>();
        for (var i = 0; i < paper.Programmes.Count; i++)
        {
            var p = paper.Programmes[i];
            var placed = new ListedRows();
            rows.Add(placed);
            if (context.Withheld(p.Exempt) is not null) continue;
            var name = context.SheetNames[i];
            foreach (var line in p.Funding)
                Line(context, funding, placed, placed.Funding, name, line, (line.Hidden, line.Deduction) switch
                {
                    (true, true) => RowKind.HiddenDeduction,
                    (true, false) => RowKind.HiddenFunding,
                    (false, true) => RowKind.Deduction,
                    _ => RowKind.Funding,
                });
            foreach (var t in p.TransfersOut) Transfer(context, transfers, placed, placed.TransfersOut, name, t, RowKind.TransferOut);
            foreach (var t in p.TransfersIn) Transfer(context, transfers, placed, placed.TransfersIn, name, t, RowKind.TransferIn);
            foreach (var line in p.CarryForwards) Line(context, transfers, placed, placed.CarryForwards, name, line, RowKind.CarryForward);
            foreach (var line in p.Drawdowns) Line(context, transfers, placed, placed.Drawdowns, name, line, RowKind.Drawdown);
            foreach (var pair in p.RingFenced)
            {
                Line(context, transfers, placed, null, name, pair.Allocation, RowKind.RingFencedAllocation);
                Line(context, transfers, placed, placed.RingFencedFunding, name, pair.Funding, RowKind.RingFencedFunding);
            }
        }
        return (funding, transfers, rows);
    }

    private static List<SheetColumn> Columns(ExportContext context, bool other)
    {
        var paper = context.Paper;
        var labels = paper.Programmes.SelectMany(p => p.Funding.Select(l => l.Label).Concat(p.TransfersOut.Concat(p.TransfersIn).Select(t => t.Label))
            .Concat(p.CarryForwards.Concat(p.Drawdowns).Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding })).Select(l => l.Label)));
        var names = ExportContext.Width(context.SheetNames, 14, 32);
        List<SheetColumn> columns =
        [
            new(WorkbookLayout.ProgrammeKey, "Programme", names),
            new(WorkbookLayout.RowKey, "Row", 20),
        ];
        if (other) columns.Add(new(WorkbookLayout.OtherProgrammeKey, "Other programme", names));
        columns.Add(new(WorkbookLayout.LabelKey, "Label", ExportContext.Width(labels, 24, 70)));
        columns.AddRange(context.Columns.All.Select(c => new SheetColumn(c.Key, ExportContext.Heading(c, paper.Report.FinancialYear), c.IsPercent ? 11 : 16)));
        columns.Add(new(WorkbookLayout.IdKey, "ID", ExportContext.TechnicalWidth(paper.Programmes.SelectMany(AllIds(context)))));
        return columns;
    }

    private static Func<Programme, IEnumerable<string>> AllIds(ExportContext context) => p =>
        p.Funding.Concat(p.CarryForwards).Concat(p.Drawdowns).Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding })).Select(l => context.Ids.Of(l))
            .Concat(p.TransfersOut.Concat(p.TransfersIn).Select(t => context.Ids.Of(t)));

    private static void Line(ExportContext context, SheetPlan sheet, ListedRows placed, RowList? list, string programme, BudgetLine line, RowKind kind)
    {
        var cells = AmountCells.Row(sheet);
        var row = sheet.NextRow;
        AmountCells.Set(cells, sheet, WorkbookLayout.ProgrammeKey, new TextCell(programme, new CellStyle(RowLook.Plain, CellLook.Text)));
        if (context.Withheld(line.Exempt) is { } reason)
        {
            AmountCells.Set(cells, sheet, WorkbookLayout.RowKey, Technical(RowKind.Withheld));
            AmountCells.Set(cells, sheet, WorkbookLayout.LabelKey, new TextCell($"Exempt information: {reason}", new CellStyle(RowLook.Note, CellLook.Text)));
            if (list is not null) list.Withheld = list.Withheld is { } sum ? sum.Plus(context.Counted(line)) : context.Counted(line);
        }
        else
        {
            AmountCells.Set(cells, sheet, WorkbookLayout.IdKey, new TextCell(context.Ids.Of(line), new CellStyle(RowLook.Plain, CellLook.Technical)));
            AmountCells.Set(cells, sheet, WorkbookLayout.RowKey, Technical(kind));
            AmountCells.Set(cells, sheet, WorkbookLayout.LabelKey, new TextCell(context.Printable(line.Label, line.Amount), new CellStyle(RowLook.Plain, CellLook.Text)));
            context.Amounts.Typed(cells, sheet, row, ColumnValues.Of(line.Amount, context.Columns), RowLook.Plain);
            list?.Rows.Add(row);
            placed.RowOf[line] = row;
        }
        sheet.Add(RowLook.Plain, cells);
    }

    private static void Transfer(ExportContext context, SheetPlan sheet, ListedRows placed, RowList list, string programme, Transfer transfer, RowKind kind)
    {
        var cells = AmountCells.Row(sheet);
        var row = sheet.NextRow;
        AmountCells.Set(cells, sheet, WorkbookLayout.ProgrammeKey, new TextCell(programme, new CellStyle(RowLook.Plain, CellLook.Text)));
        AmountCells.Set(cells, sheet, WorkbookLayout.IdKey, new TextCell(context.Ids.Of(transfer), new CellStyle(RowLook.Plain, CellLook.Technical)));
        AmountCells.Set(cells, sheet, WorkbookLayout.RowKey, Technical(kind));
        AmountCells.Set(cells, sheet, WorkbookLayout.OtherProgrammeKey, new TextCell(context.SheetOf(transfer.Programme), new CellStyle(RowLook.Plain, CellLook.Text)));
        AmountCells.Set(cells, sheet, WorkbookLayout.LabelKey, new TextCell(context.Printable(transfer.Label, transfer.Amount), new CellStyle(RowLook.Plain, CellLook.Text)));
        context.Amounts.Typed(cells, sheet, row, ColumnValues.Of(transfer.Amount, context.Columns), RowLook.Plain);
        list.Rows.Add(row);
        placed.RowOf[transfer] = row;
        sheet.Add(RowLook.Plain, cells);
    }

    public static TextCell Technical(RowKind kind) => new(WorkbookLayout.NameOf(kind), new CellStyle(RowLook.Plain, CellLook.Technical));
}
