using System.CommandLine;
using ReportGen.Comparing;
using ReportGen.Workbooks;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen import WORKBOOK --into DATA</c>: updates a data file from the finance team's workbook — lines, groups,
/// funding, transfers, carry-forwards and drawdowns — leaving everything else in it as it was. Nothing is written
/// unless the workbook's figures check and the updated data validates.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var workbook = new Argument<string>("workbook") { Description = "The workbook (.xlsx), laid out as reportgen new --xlsx writes it." };
        var into = new Option<string>("--into") { Description = "The data file to update, for example data/2023-24/budget.json.", Required = true };
        var command = new Command("import", "Update a data file from a budget workbook (.xlsx): its lines, groups, funding and transfers. The rest of the data file stays as it is.")
        {
            workbook, into,
        };
        command.SetAction(parsed =>
        {
            var (source, target) = (parsed.GetValue(workbook)!, parsed.GetValue(into)!);
            var result = WorkbookImport.FromFiles(source, target);
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            if (!result.Succeeded)
            {
                stderr.WriteLine($"{target} was not changed.");
                return result.InputMissing ? ExitCodes.InputMissing : ExitCodes.DataErrors;
            }
            if (!result.Changed)
            {
                stdout.WriteLine($"{target} already says what {source} says; it was not rewritten.");
                return ExitCodes.Success;
            }
            var old = File.ReadAllBytes(target);
            // Written like every output: to a temporary file first, never over an input, a device or a link.
            var committed = OutputSet.CommitFile(target, result.Json!, [source]);
            if (!committed.Committed)
            {
                DiagnosticPrinter.Print(committed.Diagnostics, stderr);
                return ExitCodes.OutputFailed;
            }
            stdout.WriteLine($"updated {target} from {source}:");
            var changes = new List<PaperChange>();
            if (result.Before is { } before && result.After is { } after) changes.AddRange(PaperComparer.Compare(before, after));
            changes.AddRange(DataComparer.Compare(old, result.Json));
            stdout.Write(ChangeReport.Write(changes));
            stdout.WriteLine($"Next: reportgen validate {target}, or build it.");
            return ExitCodes.Success;
        });
        return command;
    }
}
