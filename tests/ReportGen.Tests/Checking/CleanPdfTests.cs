using ReportGen.Checking;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Checking;

/// <summary>The clean test PDF passes, and real programs agree it is a sound PDF, so the tests that break it start from
/// a file that is right rather than one the checker merely accepts.</summary>
public class CleanPdfTests
{
    [Fact]
    public void The_clean_tagged_pdf_passes_every_check()
    {
        var report = Checked.Of(CleanPdf.Create());
        Checked.Clean(report);
        Assert.True(report.Passed);
    }

    [ProgramFact("qpdf", "pdfinfo")]
    public void Qpdf_and_poppler_read_the_clean_pdf_as_tagged_and_sound()
    {
        using var folder = new TempDir();
        var path = folder.File("clean.pdf");
        File.WriteAllBytes(path, CleanPdf.Create().Build());
        var check = Programs.Run("qpdf", "--check", path);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        var info = Programs.Run("pdfinfo", path).Stdout;
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Title:\s+Clean tagged test$", info);
    }

    [Fact]
    public void Every_rule_has_a_clause_and_a_requirement_and_codes_stay_in_the_checker_range()
    {
        Assert.Equal(CheckRules.All.Count, CheckRules.All.Distinct().Count());
        Assert.All(CheckRules.All, rule =>
        {
            Assert.Matches(@"^(RG08\d\d|PDF/UA-1 [\d.]+|PDF/A-2 [\d.]+|ISO 32000-1 [\d.]+)$", rule.Clause);
            Assert.False(string.IsNullOrWhiteSpace(rule.Requirement));
            if (rule.Matterhorn is { } checkpoint) Assert.Matches(@"^\d\d-\d\d\d$", checkpoint);
        });
    }
}
