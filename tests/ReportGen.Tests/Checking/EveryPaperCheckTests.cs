using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Checking;

/// <summary>
/// Not only the reference: every paper CI builds passes <c>reportgen check</c>, and its PDF claims PDF/A-2a and
/// PDF/UA-1 — every template set's example, a paper of hostile labels, a 4,500-line paper and a draft.
/// </summary>
public class EveryPaperCheckTests
{
    public static TheoryData<string> Papers() => ["data/examples/two-year-budget.json", "templates/board-paper/example.json", "templates/allocations/example.json", "hostile", "large", "draft"];

    [Theory]
    [MemberData(nameof(Papers))]
    public void The_paper_passes_reportgen_check_and_claims_pdf_a_and_ua(string paper)
    {
        using var folder = new TempDir();
        var data = paper switch
        {
            "hostile" => Write(folder, Hostile.Paper()),
            "large" => Write(folder, ReportGen.Benchmarks.LargeBudget.From(Support.Papers.Reference, 4500)),
            "draft" => Write(folder, Support.Papers.Reference with { Report = Support.Papers.Reference.Report with { Status = ReportStatus.Draft, Version = "0.3" } }),
            _ => Repo.Path(paper.Split('/')),
        };
        var build = CliRun.Of("build", data, "--out", folder.File("out"), "--format", "pdf");
        Assert.True(build.ExitCode == 0, build.Stderr);
        var pdf = Directory.GetFiles(folder.File("out"), "*.pdf").Single();

        var check = CliRun.Of("check", pdf);
        Assert.True(check.ExitCode == 0, $"{paper}:\n{check.Stdout}{check.Stderr}");
        var bytes = File.ReadAllText(pdf, System.Text.Encoding.Latin1);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", bytes, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", bytes, StringComparison.Ordinal);
    }

    private static string Write(TempDir folder, BudgetPaper paper)
    {
        var file = folder.File("budget.json");
        File.WriteAllBytes(file, BudgetJson.ToUtf8(paper));
        return file;
    }
}
