using ReportGen.Building;
using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Workbooks;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen new --xlsx --from DATA --out FILE.xlsx</c>: the workbook of a data file for the finance team to edit —
/// every exempt line included, and marked NOT FOR PUBLICATION when there are any — never over an existing file.
/// </summary>
internal static class WorkbookFile
{
    public static int Write(string? source, string? year, string target, TextWriter stdout, TextWriter stderr)
    {
        if (source is null || year is not null || !target.EndsWith(WorkbookExport.Extension, StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine("reportgen: new --xlsx needs --from DATA and --out FILE.xlsx, and no --year (for example: reportgen new --xlsx --from data/2023-24/budget.json --out budget-2023-24.xlsx). To start next year's workbook, roll the data forward first, then write its workbook.");
            return ExitCodes.Usage;
        }
        var loaded = BudgetLoader.LoadFile(source);
        if (!loaded.Succeeded)
        {
            DiagnosticPrinter.Print(loaded.Diagnostics, stderr);
            stderr.WriteLine($"{source}: fix these before writing its workbook.");
            return DiagnosticPrinter.ExitCode(loaded.Diagnostics);
        }
        if (File.Exists(target) || Directory.Exists(target))
        {
            stderr.WriteLine($"{target}: error RG0430: already exists. reportgen new never overwrites a workbook (it may hold edits not yet imported): choose another path, or move this one away first.");
            return ExitCodes.OutputFailed;
        }

        var (paper, figures) = (loaded.Paper!, loaded.Figures!);
        var metadata = PaperBuilder.Metadata(paper, figures, $"ReportGen {App.Version}");
        if (Editions.HasExemptions(paper)) metadata = metadata with { PageMarks = [Editions.NotForPublication] };
        var diagnostics = new DiagnosticBag();
        using var buffer = new MemoryStream();
        WorkbookExport.Write(paper, figures, metadata, buffer, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, stderr);
        // Written like every output: to a temporary file first, never over an input, a device or a link.
        var committed = OutputSet.CommitFile(target, buffer.ToArray(), [source]);
        if (!committed.Committed)
        {
            DiagnosticPrinter.Print(committed.Diagnostics, stderr);
            return ExitCodes.OutputFailed;
        }
        stdout.WriteLine($"wrote {target}: the funding summary, a sheet for each of the {paper.Programmes.Count} programmes, {WorkbookLayout.FundingSheet}, and {WorkbookLayout.TransfersSheet}.");
        if (WorkbookExport.IdsAdded(paper) is var added and > 0)
            stdout.WriteLine($"{added} line(s) had no id; the workbook gives each one, and the import writes them into {source}.");
        if (Editions.HasExemptions(paper))
            stdout.WriteLine("The paper has exempt information: the workbook carries it and is marked NOT FOR PUBLICATION.");
        stdout.WriteLine($"Edit lines, groups, funding and transfers in it, then: reportgen import {target} --into {source}");
        return ExitCodes.Success;
    }
}
