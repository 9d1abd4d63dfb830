using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Model;

namespace ReportGen.Workbooks.Import;

/// <summary>What a workbook says about a paper: each programme's rows as read, and the funding summary to check.</summary>
internal sealed record WorkbookContents(IReadOnlyList<ReadProgramme> Programmes, KeyedSheet? Summary, SheetParser Parser)
{
    /// <summary>
    /// Finds the sheets of <paramref name="paper"/> among <paramref name="grids"/>, maps their columns by key and
    /// reads their rows; every problem goes to <paramref name="diagnostics"/>.
    /// </summary>
    public static WorkbookContents Read(IReadOnlyList<SheetGrid> grids, BudgetPaper paper, ColumnSet columns, string workbook, DiagnosticBag diagnostics)
    {
        var names = WorkbookSheets.ProgrammeNames(paper);
        var found = SheetMatch.Find(grids, [.. names, WorkbookLayout.FundingSheet, WorkbookLayout.TransfersSheet], WorkbookLayout.SummarySheet, workbook, diagnostics);
        var parser = new SheetParser(columns, names, diagnostics);
        string[] amountKeys = [.. columns.All.Select(c => c.Key)];
        // Every column a sheet has, and all but the computed ones required.
        KeyedSheet? Keyed(string name, string[] keys) => found.GetValueOrDefault(name) is { } grid
            ? KeyedSheet.Read(grid, workbook, [.. keys, .. amountKeys], [.. keys, .. columns.Stored.Select(c => c.Key)], diagnostics)
            : null;

        var programmes = new ReadProgramme?[names.Count];
        for (var i = 0; i < names.Count; i++)
            if (Keyed(names[i], [WorkbookLayout.LabelKey, WorkbookLayout.RowKey, WorkbookLayout.IdKey]) is { } sheet)
                parser.Programme(programmes[i] = new ReadProgramme(i, sheet));
        if (Keyed(WorkbookLayout.FundingSheet, [WorkbookLayout.ProgrammeKey, WorkbookLayout.RowKey, WorkbookLayout.LabelKey, WorkbookLayout.IdKey]) is { } funding)
            parser.List(funding, programmes, WorkbookLayout.FundingKinds);
        if (Keyed(WorkbookLayout.TransfersSheet, [WorkbookLayout.ProgrammeKey, WorkbookLayout.RowKey, WorkbookLayout.OtherProgrammeKey, WorkbookLayout.LabelKey, WorkbookLayout.IdKey]) is { } transfers)
            parser.List(transfers, programmes, WorkbookLayout.TransferKinds);
        var summary = found.GetValueOrDefault(WorkbookLayout.SummarySheet) is { } summaryGrid
            ? KeyedSheet.Read(summaryGrid, workbook,
                [WorkbookLayout.ProgrammeKey, WorkbookLayout.StreamKey, .. columns.All.Select(Export.SummarySheet.ThousandsKey), .. columns.Stored.Select(c => c.Key)],
                [WorkbookLayout.ProgrammeKey], diagnostics)
            : null;
        return new WorkbookContents([.. programmes.OfType<ReadProgramme>()], summary, parser);
    }

    /// <summary>Checks every figure the workbook computes against <paramref name="figures"/>, the imported data's.</summary>
    public void Check(PaperFigures figures, DiagnosticBag diagnostics)
    {
        var checks = new FigureChecks(figures, diagnostics);
        foreach (var programme in Programmes) checks.Programme(programme);
        foreach (var programme in Programmes)
            checks.Lines(programme.Funding.Concat(programme.TransfersOut).Concat(programme.TransfersIn).Concat(programme.CarryForwards)
                .Concat(programme.Drawdowns).Concat(programme.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding })));
        if (Summary is not null) checks.Summary(Summary, figures.Paper);
    }
}
