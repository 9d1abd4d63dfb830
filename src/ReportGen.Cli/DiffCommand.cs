using System.CommandLine;
using ReportGen.Comparing;
using ReportGen.Loading;

namespace ReportGen.Cli;

/// <summary><c>reportgen diff OLD NEW</c>: what changed between two versions of a paper's data.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var old = new Argument<string>("old") { Description = "The earlier version's data file." };
        var updated = new Argument<string>("new") { Description = "The later version's data file." };
        var command = new Command("diff", "List what changed between two versions of a paper: lines, totals, wording and the report's details.") { old, updated };
        command.SetAction(parsed =>
        {
            var before = BudgetLoader.LoadFile(parsed.GetValue(old)!);
            var after = BudgetLoader.LoadFile(parsed.GetValue(updated)!);
            var diagnostics = before.Diagnostics.Concat(after.Diagnostics).ToList();
            // Both versions must be sound: totals of a paper that does not add up compare to nothing useful.
            if (!before.Succeeded || !after.Succeeded)
            {
                DiagnosticPrinter.Print(diagnostics, stderr);
                return DiagnosticPrinter.ExitCode(diagnostics);
            }
            stdout.Write(ChangeReport.Write(PaperComparer.Compare(before.Figures!, after.Figures!)));
            return ExitCodes.Success;
        });
        return command;
    }
}
