using ReportGen.Building;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Figures;
using ReportGen.Model;
using ReportGen.Workbooks.Export;
using ReportGen.Writers;

namespace ReportGen.Workbooks;

/// <summary>
/// Appendix A and the funding summary as an Excel workbook with live totals — and the workbook
/// <c>reportgen import</c> reads back. Sheets: the funding summary (£000s, and exact pounds), one per programme
/// (the table as the paper prints it), Funding (every funding source) and Transfers and reserves (transfers,
/// carry-forwards, drawdowns, ring-fenced pairs). Amounts are numbers with a £ format; sub-totals and totals are
/// SUM formulas whose cached values are the computed figures; difference and % change columns are formulas too.
/// The same paper always gives the same bytes.
/// </summary>
public static class WorkbookExport
{
    /// <summary>The file extension.</summary>
    public const string Extension = ".xlsx";

    /// <summary>
    /// Writes the workbook of <paramref name="paper"/>, whose validated figures are <paramref name="figures"/>, to
    /// <paramref name="output"/>. <paramref name="metadata"/> gives the document properties (as
    /// <see cref="PaperBuilder.Metadata"/> makes them); problems that do not stop it (text a workbook cannot carry)
    /// go to <paramref name="diagnostics"/>.
    /// </summary>
    public static void Write(BudgetPaper paper, PaperFigures figures, DocumentMetadata metadata, Stream output, DiagnosticBag diagnostics, WorkbookOptions? options = null)
    {
        options ??= new WorkbookOptions();
        // The public edition prints totals without what an exemption keeps out of them, as the public PDF does.
        var printed = options.WithholdExempt && Editions.ForPublicTotals(paper) is { } withheld ? PaperFigures.Compute(withheld, figures.Columns) : figures;
        var context = new ExportContext(paper, printed, options);
        var (funding, transfers, listed) = ListSheets.Plan(context);
        List<SheetPlan> sheets = [SummarySheet.Plan(context, funding, transfers, listed)];
        for (var i = 0; i < paper.Programmes.Count; i++)
            sheets.Add(ProgrammeSheet.Plan(context, i, funding, transfers, listed[i]));
        sheets.Add(funding);
        sheets.Add(transfers);

        var pence = AllAmounts(paper).Any(a => a.Written().Any(w => w.Value != decimal.Truncate(w.Value)));
        var text = new SafeText(diagnostics, "XLSX");
        XlsxWriter.Write(sheets, text.Clean(metadata), new XlsxStyles(options.Money, pence), text, output);
    }

    /// <summary>How many lines the data gives no id, which the workbook gives one (the import writes them into the data).</summary>
    public static int IdsAdded(BudgetPaper paper) => new LineIds(paper).Added;

    private static IEnumerable<Amounts> AllAmounts(BudgetPaper paper) =>
        paper.Programmes.SelectMany(p => p.Items.Concat(p.Funding).Concat(p.CarryForwards).Concat(p.Drawdowns)
            .Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding })).Select(l => l.Amount)
            .Concat(p.TransfersOut.Concat(p.TransfersIn).Select(t => t.Amount)));
}
