using System.CommandLine;
using ReportGen.Loading;

namespace ReportGen.Cli;

/// <summary><c>reportgen validate DATA</c>: checks a data file and prints every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Argument<string>("data") { Description = "The budget data file (JSON), for example data/2022-23/budget.json." };
        var command = new Command("validate", "Check a budget data file: structure, arithmetic, transfers and published figures.") { data };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(data)!;
            var result = BudgetLoader.LoadFile(path);
            DiagnosticPrinter.Print(result.Diagnostics, stderr);
            if (result.Succeeded) stdout.WriteLine($"{path}: valid");
            return DiagnosticPrinter.ExitCode(result.Diagnostics);
        });
        return command;
    }
}
