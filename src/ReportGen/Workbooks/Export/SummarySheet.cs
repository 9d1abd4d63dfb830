using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// The funding summary: a row per programme with its total in £000s in every column, as the paper prints it, and
/// the exact totals in pounds beside them, so a reader can re-add either. The £000s figures are ROUNDs of the exact
/// ones, the exact ones SUMs over the Funding and Transfers sheets, and the total row rounds the exact total.
/// </summary>
internal static class SummarySheet
{
    /// <summary>The key of a column of £000s.</summary>
    public static string ThousandsKey(ResolvedColumn column) => column.IsPercent ? column.Key : column.Key + " £000s";

    public static SheetPlan Plan(ExportContext context, SheetPlan funding, SheetPlan transfers, IReadOnlyList<ListedRows> listed)
    {
        var paper = context.Paper;
        var summary = paper.Summary;
        var columns = context.Columns;
        List<SheetColumn> sheetColumns =
        [
            new(WorkbookLayout.ProgrammeKey, summary.ProgrammeColumn, ExportContext.Width(paper.Programmes.Select(p => p.Name).Append(summary.TotalLabel), 16, 50)),
            new(WorkbookLayout.StreamKey, summary.StreamColumn, ExportContext.Width(paper.Programmes.Select(p => p.FundingStream), 16, 50)),
            .. columns.All.Select(c => new SheetColumn(ThousandsKey(c), c.Heading is { } h ? c.IsPercent ? h : h + " £000s" : summary.AmountColumn, c.IsPercent ? 11 : 15)),
            .. columns.Stored.Select(c => new SheetColumn(c.Key, $"{c.Heading ?? paper.Report.FinancialYear} £", 16)),
        ];
        var sheet = new SheetPlan(WorkbookLayout.SummarySheet, $"Funding by programme and funding stream, {paper.Report.FinancialYear} (£000s)", sheetColumns, null);

        var rows = new List<int>();
        ColumnValues? withheld = null;
        for (var i = 0; i < paper.Programmes.Count; i++)
        {
            var p = paper.Programmes[i];
            var total = context.Printed.Of(p.Id)?.Total;
            var cells = AmountCells.Row(sheet);
            AmountCells.Set(cells, sheet, WorkbookLayout.ProgrammeKey, new TextCell(p.Name, new CellStyle(RowLook.Plain, CellLook.Text)));
            if (context.Withheld(p.Exempt) is not null || total is null)
            {
                AmountCells.Set(cells, sheet, WorkbookLayout.StreamKey, new TextCell("Exempt information", new CellStyle(RowLook.Note, CellLook.Text)));
                if (total is { } counted) withheld = withheld is { } w ? w.Plus(counted) : counted;
                sheet.Add(RowLook.Plain, cells);
                continue;
            }
            AmountCells.Set(cells, sheet, WorkbookLayout.StreamKey, new TextCell(p.FundingStream, new CellStyle(RowLook.Plain, CellLook.Text)));
            rows.Add(sheet.NextRow);
            Figures(context, sheet, cells, total.Value, ProgrammeSheet.Total(listed[i], funding, transfers), RowLook.Plain);
            sheet.Add(RowLook.Plain, cells);
        }

        var totals = AmountCells.Row(sheet);
        AmountCells.Set(totals, sheet, WorkbookLayout.ProgrammeKey, new TextCell(summary.TotalLabel, new CellStyle(RowLook.Total, CellLook.Text)));
        var sum = new SumExpression().Add(sheet, rows);
        if (withheld is { } hidden) sum.AddConstant(hidden);
        Figures(context, sheet, totals, context.Printed.Total, sum, RowLook.Total);
        sheet.Add(RowLook.Total, totals);
        if (context.Printed.NeedsRoundingNote)
            sheet.Notes.Add("Figures are rounded to the nearest £1,000, so the rows may not add up exactly to the total.");
        return sheet;
    }

    private static void Figures(ExportContext context, SheetPlan sheet, PlanCell?[] cells, ColumnValues exact, SumExpression sum, RowLook look)
    {
        var row = sheet.NextRow;
        var amounts = context.Amounts;
        foreach (var column in context.Columns.Stored)
        {
            var value = exact[column.Index];
            AmountCells.Set(cells, sheet, column.Key, new FormulaCell(sum.Render(column.Index, sheet, amounts.Letter), value ?? 0, null, new CellStyle(look, CellLook.Pounds, value is null)));
        }
        foreach (var column in context.Columns.All)
        {
            var value = exact.In(column);
            PlanCell cell;
            if (column.IsStored)
                cell = new FormulaCell($"ROUND({amounts.Letter(sheet, column.Index)}{row}/1000,0)", value is { } v ? Money.ToThousands(v) : 0, null, new CellStyle(look, CellLook.Thousands, value is null));
            else if (column.IsPercent)
                cell = AmountCells.Change(column, amounts.Letter(sheet, column.From) + row, amounts.Letter(sheet, column.To) + row, value, look, CellLook.Percent);
            else
            {
                var (from, to) = (amounts.Letter(sheet, column.From) + row, amounts.Letter(sheet, column.To) + row);
                cell = new FormulaCell($"ROUND(({to}-{from})/1000,0)", value is { } v ? Money.ToThousands(v) : 0, null, new CellStyle(look, CellLook.Thousands, value is null));
            }
            AmountCells.Set(cells, sheet, ThousandsKey(column), cell);
        }
    }
}
