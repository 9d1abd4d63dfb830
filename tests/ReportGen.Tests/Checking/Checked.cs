using ReportGen.Checking;

namespace ReportGen.Tests.Checking;

/// <summary>Runs the checker and asserts on its findings by rule and location.</summary>
internal static class Checked
{
    public const string Name = "test.pdf";

    public static CheckReport Of(MiniPdf pdf) => PdfChecker.Check(pdf.Build(), Name);

    public static CheckReport Of(byte[] bytes) => PdfChecker.Check(bytes, Name);

    /// <summary>Asserts the report has no findings at all, listing them if it has.</summary>
    public static void Clean(CheckReport report) =>
        Assert.True(report.Findings.Count == 0, "expected no findings, got:\n" + string.Join("\n", report.Findings));

    /// <summary>Asserts that <paramref name="rule"/> is found (at the page and object given, when given), and — unless
    /// <paramref name="alone"/> is false — that no other rule is: a test that breaks one thing must find that one thing.</summary>
    public static PdfFinding Finds(CheckReport report, CheckRule rule, int? page = null, int? objectNumber = null, string? message = null, bool alone = true)
    {
        var all = string.Join("\n", report.Findings);
        var matches = report.Findings.Where(f => f.Rule == rule).ToList();
        Assert.True(matches.Count > 0, $"expected {rule.Clause} ({rule.Requirement}); got:\n{all}");
        var match = matches.FirstOrDefault(f => (page is null || f.Location.Page == page) && (objectNumber is null || f.Location.ObjectNumber == objectNumber)
                                                && (message is null || f.Message.Contains(message, StringComparison.Ordinal)));
        Assert.True(match is not null, $"expected {rule.Clause} at page {page}, obj {objectNumber}, saying '{message}'; got:\n{all}");
        var others = report.Findings.Where(f => f.Rule != rule).ToList();
        Assert.True(!alone || others.Count == 0, $"expected only {rule.Clause}; also got:\n{string.Join("\n", others)}");
        return match;
    }
}
