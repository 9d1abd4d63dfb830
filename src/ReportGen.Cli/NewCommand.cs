using System.CommandLine;
using ReportGen.Authoring;
using ReportGen.Loading;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen new --from DATA --year 2023/24 --out FILE</c>: next year's data file from this year's, every rewrite
/// printed for the officer to check. <c>reportgen new --xlsx --from DATA --out FILE.xlsx</c>: the finance team's
/// workbook of DATA, which <c>reportgen import</c> reads back.
/// </summary>
internal static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string?>("--from") { Description = "This year's data file, to roll forward a year." };
        var year = new Option<string?>("--year") { Description = "The new financial year, written as the paper writes it: 2023/24." };
        var meeting = new Option<string?>("--meeting-date") { Description = "The new paper's meeting date, YYYY-MM-DD (left for you to fill in when not given)." };
        var output = new Option<string>("--out") { Description = "The new data file (or, with --xlsx, workbook) to write; it must not exist yet.", Required = true };
        var xlsx = new Option<bool>("--xlsx") { Description = "Write the workbook of --from instead (Appendix A, funding, transfers), for the finance team to edit; reportgen import reads it back." };
        var template = new Option<string?>("--template") { Description = "Start a paper from a template set's example instead (board-paper, allocations, or a set's folder): --out is then a folder." };
        var command = new Command("new", "Start next year's paper from this year's data file, a paper from a template set's example (--template), or (--xlsx) a workbook of a data file.")
        {
            from, year, meeting, output, xlsx, template,
        };
        command.SetAction(parsed =>
        {
            var source = parsed.GetValue(from);
            var target = parsed.GetValue(output)!;
            if (parsed.GetValue(xlsx))
                return WorkbookFile.Write(source, parsed.GetValue(year), target, stdout, stderr);
            if (parsed.GetValue(template) is { } set)
                return FromExample(set, target, stdout, stderr);
            if (source is null || parsed.GetValue(year) is not { } newYear)
            {
                stderr.WriteLine("reportgen: new needs --from DATA and --year YYYY/YY (for example: reportgen new --from data/2022-23/budget.json --year 2023/24 --out data/2023-24/budget.json).");
                return ExitCodes.Usage;
            }
            DateOnly? date = null;
            if (parsed.GetValue(meeting) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsedDate)
                    || parsedDate < Validation.BudgetValidator.EarliestDate || parsedDate > Validation.BudgetValidator.LatestDate)
                {
                    stderr.WriteLine($"reportgen: --meeting-date '{text}' is not a date written YYYY-MM-DD between 1990 and 2099.");
                    return ExitCodes.Usage;
                }
                date = parsedDate;
            }
            return RollForwardFile(source, newYear, date, target, stdout, stderr);
        });
        return command;
    }

    private static int RollForwardFile(string source, string newYear, DateOnly? meetingDate, string target, TextWriter stdout, TextWriter stderr)
    {
        if (FinancialYears.StartYear(newYear) is not { } toYear)
        {
            stderr.WriteLine($"reportgen: --year '{newYear}' is not a financial year; write it as the paper does, for example 2023/24.");
            return ExitCodes.Usage;
        }
        var loaded = BudgetLoader.LoadFile(source);
        if (!loaded.Succeeded)
        {
            DiagnosticPrinter.Print(loaded.Diagnostics, stderr);
            stderr.WriteLine($"{source}: fix these before rolling the paper forward.");
            return DiagnosticPrinter.ExitCode(loaded.Diagnostics);
        }
        if (FinancialYears.StartYear(loaded.Paper!.Report.FinancialYear) is not { } fromYear)
        {
            stderr.WriteLine($"{source}: error RG0270: report.financial_year '{loaded.Paper.Report.FinancialYear}' is not written like 2022/23, so the years in the paper cannot be moved on. [$.report.financial_year]");
            return ExitCodes.DataErrors;
        }
        if (File.Exists(target) || Directory.Exists(target))
        {
            stderr.WriteLine($"{target}: error RG0271: already exists. reportgen new never overwrites a data file: choose another path, or move this one away first.");
            return ExitCodes.OutputFailed;
        }

        var rolled = RollForward.Run(File.ReadAllBytes(source), loaded.Figures!.Columns, fromYear, toYear, meetingDate);
        // Written like every output: to a temporary file first, never over an input, a device or a link.
        var committed = OutputSet.CommitFile(target, rolled.Json, [source]);
        if (!committed.Committed)
        {
            DiagnosticPrinter.Print(committed.Diagnostics, stderr);
            return ExitCodes.OutputFailed;
        }
        stdout.WriteLine($"wrote {target}: {FinancialYears.Format(fromYear)} rolled forward to {FinancialYears.Format(toYear)}, version 0.1, draft.");
        stdout.WriteLine($"Years rewritten ({rolled.Rewrites.Count}):");
        foreach (var rewrite in rolled.Rewrites)
            stdout.WriteLine($"  {target} {rewrite.JsonPath}: \"{rewrite.Before}\" → \"{rewrite.After}\"");
        foreach (var note in rolled.Notes) stdout.WriteLine($"  check: {note}");
        stdout.WriteLine($"The {FinancialYears.Format(fromYear)} amounts are now the 'prior' column and the starting point of 'budget': edit 'budget' to this year's figures.");
        stdout.WriteLine(meetingDate is null
            ? $"Published figures, their acknowledgements and the amendments were dropped. Next: set the meeting date ({RollForward.DatePlaceholder}), then run reportgen validate {target}."
            : $"Published figures, their acknowledgements and the amendments were dropped. Next: reportgen validate {target}.");
        return ExitCodes.Success;
    }

    // A new paper from a set's example data: the quickest start for another organisation, or another kind of paper.
    private static int FromExample(string name, string folder, TextWriter stdout, TextWriter stderr)
    {
        if (Templating.Sets.TemplateSets.Resolve(name, out var problem) is not { } set)
        {
            stderr.WriteLine($"{name}: error RG0300: {problem}");
            return ExitCodes.TemplateErrors;
        }
        var example = set.Has("example.json") ? set.Read("example.json", Loading.BudgetLoader.MaxFileBytes) : null;
        if (example?.Bytes is not { } bytes)
        {
            stderr.WriteLine($"{set.Shown}: error RG0272: the set has no example.json to start a paper from.");
            return ExitCodes.TemplateErrors;
        }
        var target = folder.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? folder : Path.Combine(folder, "budget.json");
        if (File.Exists(target) || Directory.Exists(target))
        {
            stderr.WriteLine($"{target}: error RG0271: already exists. reportgen new never overwrites a data file: choose another folder.");
            return ExitCodes.OutputFailed;
        }
        var committed = OutputSet.CommitFile(target, bytes);
        if (!committed.Committed)
        {
            DiagnosticPrinter.Print(committed.Diagnostics, stderr);
            return ExitCodes.OutputFailed;
        }
        stdout.WriteLine($"wrote {target}: the {set.Name} set's example paper. Replace its programmes, lines and wording with yours, then:");
        stdout.WriteLine($"  reportgen validate {target}");
        stdout.WriteLine($"  reportgen build {target} --templates {(set.Folder ?? set.Name)}");
        return ExitCodes.Success;
    }
}
