using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary><c>reportgen new --from … --year …</c>: next year's paper from this year's, as an officer runs it.</summary>
public class NewCommandTests
{
    [Fact]
    public void Rolling_2022_23_forward_gives_a_2023_24_paper_with_a_prior_year_column()
    {
        using var folder = new TempDir();
        var target = folder.File("2023-24/budget.json");
        var run = CliRun.Of("new", "--from", Repo.ReferenceData, "--year", "2023/24", "--out", target);
        Assert.True(run.ExitCode == 0, run.Stderr);
        // Every rewrite is printed with its place, before and after.
        Assert.Contains($"{target} $.report.title: \"OPCC External Commissioning Budget 2022/23\" → \"OPCC External Commissioning Budget 2023/24\"", run.Stdout);
        Assert.Contains("$.programmes[2].carry_forwards[0].label: \"C/fwd 21-22 External Fund\" → \"C/fwd 22-23 External Fund\"", run.Stdout);

        // Until the officer sets the meeting date, that is the one thing wrong with the file.
        var unset = CliRun.Of("validate", target);
        Assert.Equal(1, unset.ExitCode);
        Assert.Matches(@"^\S+\(\d+,\d+\): error RG0111: 'date' is still to be filled in.*\[\$\.meeting\.date\]\n1 error\(s\), 0 warning\(s\)\n$", unset.Stderr);

        File.WriteAllText(target, File.ReadAllText(target).Replace("\"YYYY-MM-DD\"", "\"2023-03-21\"", StringComparison.Ordinal));
        var valid = CliRun.Of("validate", target);
        Assert.Equal((0, ""), (valid.ExitCode, valid.Stderr));
        var text = File.ReadAllText(target);
        Assert.Contains("\"version\": \"0.1\"", text);
        Assert.Contains("\"status\": \"draft\"", text);
        Assert.DoesNotContain("published", text);
        Assert.DoesNotContain("amendments", text);

        var built = CliRun.Of("build", target, "--out", folder.File("out"), "--templates", Built.Templates);
        Assert.True(built.ExitCode == 0, built.Stderr);
        // A version 0.1 draft is named apart from the final version that will replace it.
        var page = new HtmlParser().ParseDocument(File.ReadAllText(folder.File("out/board-paper-2023-24-v0.1.html")));
        Assert.Equal("OPCC External Commissioning Budget 2023/24", page.Title);
        // "2022/23" is left only where the prior year is meant: the prior-year column headings.
        var mentions = page.QuerySelectorAll("*").Where(e => e.ChildNodes.Any(n => n.NodeType == AngleSharp.Dom.NodeType.Text && n.TextContent.Contains("2022/23", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, e => Assert.Equal("TH", e.TagName));
        Assert.All(page.QuerySelectorAll("thead tr"), row => Assert.Contains(row.Children, c => c.TextContent.StartsWith("2022/23", StringComparison.Ordinal)));
        // The prior-year column holds the 2022/23 figures.
        var youth = page.QuerySelectorAll("tr").Single(r => r.Children[0].TextContent == "Youth Offending");
        Assert.Equal(["£652,108", "£652,108"], youth.Children.Skip(1).Select(c => c.TextContent));
    }

    [Fact]
    public void A_half_rolled_file_is_caught_by_the_year_check()
    {
        var run = CliRun.Of("validate", Repo.Fixtures("BadData", "half-rolled-year.json"));
        Assert.Equal(3, Regex.Count(run.Stderr, "warning RG0260"));
        Assert.Contains("[$.report.title]", run.Stderr);
        Assert.Contains("\"C/fwd 21-22 External Fund\" [$.programmes[2].carry_forwards[0].label]", run.Stderr);
    }

    [Fact]
    public void New_never_overwrites_a_data_file()
    {
        using var folder = new TempDir();
        var target = folder.File("budget.json");
        File.WriteAllText(target, "mine");
        var run = CliRun.Of("new", "--from", Repo.ReferenceData, "--year", "2023/24", "--out", target);
        Assert.Equal(5, run.ExitCode);
        Assert.Contains("error RG0271: already exists", run.Stderr);
        Assert.Equal("mine", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("2023", 2)]
    [InlineData("2023/25", 2)]
    public void A_year_that_is_not_a_financial_year_is_a_usage_error(string year, int exit)
    {
        using var folder = new TempDir();
        var run = CliRun.Of("new", "--from", Repo.ReferenceData, "--year", year, "--out", folder.File("x.json"));
        Assert.Equal(exit, run.ExitCode);
        Assert.Contains("is not a financial year", run.Stderr);
        Assert.False(File.Exists(folder.File("x.json")));
    }
}
