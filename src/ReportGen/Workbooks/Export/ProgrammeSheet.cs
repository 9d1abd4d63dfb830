using ReportGen.Figures;
using ReportGen.Model;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// One programme's table of Appendix A as a sheet, row for row as the paper prints it: group headings, lines and
/// sub-totals (the finance team's rows), then the total allocated, the transfers, carry-forwards, drawdowns and
/// funding repeated from the other sheets, funding available, any difference, ring-fenced pairs and the total —
/// every total a formula over the rows it adds up.
/// </summary>
internal static class ProgrammeSheet
{
    public static SheetPlan Plan(ExportContext context, int index, SheetPlan funding, SheetPlan transfers, ListedRows listed)
    {
        var p = context.Paper.Programmes[index];
        var figures = context.Printed.Programmes[index];
        var layout = p.Appendix;
        // The table reads as the paper prints it; the Row and ID columns the import goes by come after it.
        List<SheetColumn> columns =
        [
            new(WorkbookLayout.LabelKey, layout.LabelColumn.Length > 0 ? layout.LabelColumn : "Line", ExportContext.Width(AllLabels(p), 24, 80)),
            .. context.Columns.All.Select(c => new SheetColumn(c.Key, ExportContext.Heading(c, layout.AmountColumn ?? context.Paper.Report.FinancialYear), c.IsPercent ? 11 : 16)),
            new(WorkbookLayout.RowKey, "Row", 20),
            new(WorkbookLayout.IdKey, "ID", ExportContext.TechnicalWidth(p.Groups.Select(g => g.Id ?? "").Concat(p.Items.Select(l => context.Ids.Of(l))))),
        ];
        var sheet = new SheetPlan(context.SheetNames[index], layout.Heading ?? p.Name, columns, WorkbookLayout.ProgrammeKinds);
        if (context.Withheld(p.Exempt) is { } reason)
        {
            Label(sheet, RowLook.Note, RowKind.Withheld, null, $"Exempt information: {reason}");
            return sheet;
        }
        var rows = new Rows(context, sheet);

        var items = new RowList();
        for (var g = 0; g < p.Groups.Count; g++)
        {
            var group = p.Groups[g];
            // A group needs its own row when it has a heading or an id, or to part it from a group above that has no sub-total.
            if (group.Heading is not null || group.Id is not null || (g > 0 && p.Groups[g - 1].SubtotalLabel is null))
                Label(sheet, RowLook.Group, RowKind.Group, group.Id, group.Heading ?? "");
            var lines = new RowList();
            foreach (var line in group.Lines) rows.Item(line, lines);
            items.Rows.AddRange(lines.Rows);
            if (lines.Withheld is { } w) items.Withheld = items.Withheld is { } sum ? sum.Plus(w) : w;
            if (group.SubtotalLabel is { } subtotal)
                rows.Total(RowKind.Subtotal, RowLook.Subtotal, subtotal, figures.Subtotals[g], lines.AddTo(new SumExpression(), sheet, RowKind.Line, RowKind.Deduction));
        }
        var allocated = items.AddTo(new SumExpression(), sheet, RowKind.Line, RowKind.Deduction);
        if (layout.TotalAllocatedLabel is { } allocatedLabel)
            rows.Total(RowKind.TotalAllocated, RowLook.Total, allocatedLabel, figures.TotalAllocated, allocated);

        foreach (var t in p.TransfersOut) rows.Repeat(RowKind.TransferOut, t, t.Label, t.Amount, null, transfers, listed);
        foreach (var line in p.CarryForwards) rows.Repeat(RowKind.CarryForward, line, line.Label, line.Amount, line.Exempt, transfers, listed);
        foreach (var line in p.Drawdowns) rows.Repeat(RowKind.Drawdown, line, line.Label, line.Amount, line.Exempt, transfers, listed);
        foreach (var line in p.Funding.Where(f => !f.Hidden)) rows.Repeat(RowKind.Funding, line, line.Label, line.Amount, line.Exempt, funding, listed);
        foreach (var t in p.TransfersIn) rows.Repeat(RowKind.TransferIn, t, t.Label, t.Amount, null, transfers, listed);

        var available = FundingAvailable(listed, funding, transfers);
        if (layout.FundingAvailableLabel is { } availableLabel)
            rows.Total(RowKind.FundingAvailable, RowLook.Total, availableLabel, figures.FundingAvailable, available);
        if (Difference(p, figures, context.Columns) is ({ } differenceLabel, var kind))
        {
            var difference = new SumExpression().Add(available);
            listed.CarryForwards.AddTo(difference, transfers, RowKind.CarryForward);
            listed.Drawdowns.AddTo(difference, transfers, RowKind.Drawdown);
            difference.Subtract(sheet, items.Rows, RowKind.Line, RowKind.Deduction).Subtract(transfers, listed.TransfersOut.Rows, RowKind.TransferOut);
            if (items.Withheld is { } withheld) difference.AddConstant(withheld.Map(v => -v));
            rows.Total(kind, RowLook.Subtotal, differenceLabel, figures.Difference, difference);
        }
        foreach (var pair in p.RingFenced)
        {
            rows.Repeat(RowKind.RingFencedAllocation, pair.Allocation, pair.Allocation.Label, pair.Allocation.Amount, pair.Allocation.Exempt, transfers, listed);
            rows.Repeat(RowKind.RingFencedFunding, pair.Funding, pair.Funding.Label, pair.Funding.Amount, pair.Funding.Exempt, transfers, listed);
        }
        if (layout.TotalLabel is { } totalLabel)
            rows.Total(RowKind.Total, RowLook.Total, totalLabel, figures.Total, Total(listed, funding, transfers));
        return sheet;
    }

    /// <summary>Funding available: in-year funding and transfers in, from the Funding and Transfers sheets.</summary>
    public static SumExpression FundingAvailable(ListedRows listed, SheetPlan funding, SheetPlan transfers)
    {
        var sum = listed.Funding.AddTo(new SumExpression(), funding, WorkbookLayout.FundingKinds.ToArray());
        return listed.TransfersIn.AddTo(sum, transfers, RowKind.TransferIn);
    }

    /// <summary>The programme's total: funding available and ring-fenced funding.</summary>
    public static SumExpression Total(ListedRows listed, SheetPlan funding, SheetPlan transfers) =>
        listed.RingFencedFunding.AddTo(FundingAvailable(listed, funding, transfers), transfers, RowKind.RingFencedFunding);

    // The paper's rule: a programme that need not balance shows its difference in the main column, labelled by its sign.
    private static (string?, RowKind) Difference(Programme p, ProgrammeFigures figures, ColumnSet columns)
    {
        var difference = figures.Difference[columns.Main.Index] ?? 0;
        if (p.MustBalance || difference == 0) return (null, RowKind.Unallocated);
        return difference > 0 ? (p.Appendix.UnallocatedLabel, RowKind.Unallocated) : (p.Appendix.OverProgrammedLabel, RowKind.OverProgrammed);
    }

    private static void Label(SheetPlan sheet, RowLook look, RowKind kind, string? id, string label)
    {
        var cells = AmountCells.Row(sheet);
        if (id is not null) AmountCells.Set(cells, sheet, WorkbookLayout.IdKey, new TextCell(id, new CellStyle(look, CellLook.Technical)));
        AmountCells.Set(cells, sheet, WorkbookLayout.RowKey, new TextCell(WorkbookLayout.NameOf(kind), new CellStyle(look, CellLook.Technical)));
        AmountCells.Set(cells, sheet, WorkbookLayout.LabelKey, new TextCell(label, new CellStyle(look, CellLook.Text)));
        sheet.Add(look, cells);
    }

    private static IEnumerable<string> AllLabels(Programme p) =>
        p.Items.Select(l => l.Label).Concat(p.Groups.Select(g => g.Heading ?? "")).Concat(p.Funding.Select(l => l.Label))
            .Concat(p.TransfersOut.Concat(p.TransfersIn).Select(t => t.Label)).Concat(p.CarryForwards.Concat(p.Drawdowns).Select(l => l.Label))
            .Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation.Label, r.Funding.Label }))
            .Concat(new[] { p.Appendix.TotalAllocatedLabel, p.Appendix.FundingAvailableLabel, p.Appendix.TotalLabel }.OfType<string>());

    /// <summary>Adds the rows of one programme sheet.</summary>
    private sealed class Rows(ExportContext context, SheetPlan sheet)
    {
        public void Item(BudgetLine line, RowList list)
        {
            if (context.Withheld(line.Exempt) is { } reason)
            {
                Label(sheet, RowLook.Note, RowKind.Withheld, null, $"Exempt information: {reason}");
                list.Withheld = list.Withheld is { } sum ? sum.Plus(context.Counted(line)) : context.Counted(line);
                return;
            }
            var cells = Start(line.Deduction ? RowKind.Deduction : RowKind.Line, context.Ids.Of(line), context.Printable(line.Label, line.Amount), RowLook.Plain);
            list.Rows.Add(sheet.NextRow);
            context.Amounts.Typed(cells, sheet, sheet.NextRow, ColumnValues.Of(line.Amount, context.Columns), RowLook.Plain);
            sheet.Add(RowLook.Plain, cells);
        }

        public void Total(RowKind kind, RowLook look, string label, ColumnValues values, SumExpression sum)
        {
            var cells = Start(kind, null, label, look);
            context.Amounts.Summed(cells, sheet, sheet.NextRow, values, sum, look);
            sheet.Add(look, cells);
        }

        /// <summary>A row repeating a line kept on another sheet: each amount a reference to that sheet's cell.</summary>
        public void Repeat(RowKind kind, object line, string label, Amounts amount, Exemption? exempt, SheetPlan source, ListedRows listed)
        {
            if (context.Withheld(exempt) is { } reason)
            {
                Label(sheet, RowLook.Note, RowKind.Withheld, null, $"Exempt information: {reason}");
                return;
            }
            var cells = Start(kind, context.Ids.Of(line), context.Printable(label, amount), RowLook.Plain);
            var at = listed.RowOf[line];
            context.Amounts.Formulas(cells, sheet, sheet.NextRow, ColumnValues.Of(amount, context.Columns),
                stored => $"{CellRefs.Quoted(source.Name)}!{context.Amounts.Letter(source, stored)}{at}", RowLook.Plain);
            sheet.Add(RowLook.Plain, cells);
        }

        private PlanCell?[] Start(RowKind kind, string? id, string label, RowLook look)
        {
            var cells = AmountCells.Row(sheet);
            if (id is not null) AmountCells.Set(cells, sheet, WorkbookLayout.IdKey, new TextCell(id, new CellStyle(look, CellLook.Technical)));
            AmountCells.Set(cells, sheet, WorkbookLayout.RowKey, new TextCell(WorkbookLayout.NameOf(kind), new CellStyle(look, CellLook.Technical)));
            AmountCells.Set(cells, sheet, WorkbookLayout.LabelKey, new TextCell(label, new CellStyle(look, CellLook.Text)));
            return cells;
        }
    }
}
