using System.CommandLine;
using ReportGen.Checking;
using ReportGen.Diagnostics;

namespace ReportGen.Cli;

/// <summary><c>reportgen check FILE.pdf</c>: checks a PDF — ours or anyone's — against the PDF/UA-1 and PDF/A-2 rules
/// the README lists, one located finding a line.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var pdf = new Argument<string>("pdf") { Description = "The PDF file to check." };
        var command = new Command("check", "Check a PDF against the machine-checkable rules of PDF/UA-1 and PDF/A-2 (the README lists them).") { pdf };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(pdf)!;
            var report = PdfChecker.CheckFile(path);
            foreach (var finding in report.Findings) stderr.WriteLine(finding.ToString());
            var errors = report.Findings.Count(f => f.Severity == Severity.Error);
            if (report.Findings.Count > 0) stderr.WriteLine($"{errors} error(s), {report.Findings.Count - errors} warning(s)");
            if (report.FileMissing) return ExitCodes.InputMissing;
            // Exit 1, as for a data file with errors: the input has errors (README: exit codes).
            if (!report.Passed) return ExitCodes.DataErrors;
            stdout.WriteLine($"{path}: passes {CheckRules.All.Count(r => !r.Clause.StartsWith("RG", StringComparison.Ordinal))} PDF/UA-1 and PDF/A-2 checks");
            return ExitCodes.Success;
        });
        return command;
    }
}
