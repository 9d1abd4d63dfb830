using System.CommandLine;
using ReportGen.Building;
using ReportGen.Comparing;
using ReportGen.Loading;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen diff OLD NEW [--format text|markdown|json] [--templates SET]</c>: what changed between two versions —
/// the figures, every field of the data, and every piece of the printed paper. Exit 0 when the papers are the
/// same, 1 when they differ (as diff(1) does), 2 and above for errors.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var old = new Argument<string>("old") { Description = "The earlier version's data file." };
        var updated = new Argument<string>("new") { Description = "The later version's data file." };
        var format = new Option<string>("--format") { Description = "text, markdown (to paste into an amendment note) or json.", DefaultValueFactory = _ => "text" };
        var templates = new Option<string?>("--templates") { Description = "The template set both papers are printed with." };
        var command = new Command("diff", "List what changed between two versions of a paper: figures, every field of the data, and everything printed. Exit 1 when they differ.")
        {
            old, updated, format, templates,
        };
        command.SetAction(parsed =>
        {
            if (!Enum.TryParse<ReportFormat>(parsed.GetValue(format), ignoreCase: true, out var reportFormat) || !Enum.IsDefined(reportFormat))
            {
                stderr.WriteLine($"reportgen: unknown --format '{parsed.GetValue(format)}'. Use text, markdown or json.");
                return ExitCodes.Usage;
            }
            var (oldPath, newPath) = (parsed.GetValue(old)!, parsed.GetValue(updated)!);
            var before = BudgetLoader.LoadFile(oldPath);
            var after = BudgetLoader.LoadFile(newPath);
            if (before.InputMissing || after.InputMissing || before.Paper is null || after.Paper is null)
            {
                var diagnostics = before.Diagnostics.Concat(after.Diagnostics).ToList();
                DiagnosticPrinter.Print(diagnostics, stderr);
                // Not 1: that says the papers differ. A file that is no paper at all cannot be compared, like one missing.
                return ExitCodes.InputMissing;
            }
            // A version that fails validation is still compared: the officer needs to see what changed to fix it.
            foreach (var (path, result) in new[] { (oldPath, before), (newPath, after) }.Where(x => !x.Item2.Succeeded))
                stderr.WriteLine($"{path}: warning: the file does not validate ({result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error)} error(s); run reportgen validate); comparing it anyway.");

            var changes = new List<PaperChange>();
            if (before.Figures is not null && after.Figures is not null)
                changes.AddRange(PaperComparer.Compare(before.Figures, after.Figures));
            changes.AddRange(DataComparer.Compare(File.ReadAllBytes(oldPath), File.ReadAllBytes(newPath)));
            if (before.Figures is null || after.Figures is null)
                stderr.WriteLine("warning: one version's amounts cannot be added up, so its figures and printed paper are not compared; the data is.");
            else
            {
                if (Templating.Sets.TemplateSets.Resolve(parsed.GetValue(templates) ?? after.Paper.TemplateSet, out var problem) is not { } set)
                {
                    stderr.WriteLine($"{parsed.GetValue(templates)}: error RG0300: {problem}");
                    return ExitCodes.TemplateErrors;
                }
                var printedBefore = PaperBuilder.Build(before.Paper, before.Figures, set, "diff");
                var printedAfter = PaperBuilder.Build(after.Paper, after.Figures, set, "diff");
                var errors = printedBefore.Diagnostics.Concat(printedAfter.Diagnostics).Where(d => d.Severity == Diagnostics.Severity.Error).ToList();
                // Data the templates need but a version lacks (RG0305) is that version's problem: say so and compare
                // the rest. Broken templates are the set's problem, and stop the comparison.
                if (errors.Any(d => d.Code != "RG0305"))
                {
                    DiagnosticPrinter.Print(errors, stderr);
                    return ExitCodes.TemplateErrors;
                }
                if (errors.Count > 0)
                {
                    foreach (var error in errors) stderr.WriteLine(error.ToString().Replace(": error ", ": warning ", StringComparison.Ordinal));
                    stderr.WriteLine("warning: one version cannot be printed with these templates, so the printed papers are not compared; the data and figures are.");
                }
                else
                    changes.AddRange(RenderedComparer.Compare(printedBefore.Document!, printedAfter.Document!));
            }
            stdout.Write(ChangeReport.Write(changes, reportFormat));
            return changes.Count == 0 ? ExitCodes.Success : ExitCodes.Different;
        });
        return command;
    }
}
