using System.Text.RegularExpressions;
using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Scriban's built-in groups are made only when a template names one (start-up cost), so each is checked here as a
/// user's template would call it, through the CLI; the clock stays out of reach in every spelling.
/// </summary>
public class BuiltinFunctionTests
{
    private static string BuildHtmlWithLine(string line, out CliRun run)
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        var report = templates.Read("report.sbn").Split('\n').ToList();
        report.Insert(2, line);
        templates.Write("report.sbn", string.Join('\n', report));
        run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", templates.Path, "--format", "html");
        var page = Directory.GetFiles(output.Path, "*.html").SingleOrDefault();
        return page is null ? "" : Regex.Replace(File.ReadAllText(page), "<[^>]+>", " ");
    }

    [Theory]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \"-\" }}", "1-2-3")]
    [InlineData("{{ [\"a\", \"b\"] | array.size }}", "2")]
    [InlineData("{{ math.round 2.567 2 }}", "2.57")]
    [InlineData("{{ \"west\" | string.capitalize }}", "West")]
    [InlineData("{{ \"West\" | string.upcase }}{{ \"MIDLANDS\" | string.downcase }}", "WESTmidlands")]
    [InlineData("{{ 12.5 | string.upcase }}|{{ \"  x  \" | string.strip }}|", "12.5|x|")]
    [InlineData("{{ \"a\" | string.upcase }}{{ \"b\" | string.append \"c\" }}{{ \"d\" | string.upcase }}", "AbcD")]
    [InlineData("{{ \"a-b\" | string.replace \"-\" \"plus\" }}", "aplusb")]
    [InlineData("{{ \"board\" | html.strip }}", "board")]
    [InlineData("{{ \"ab12\" | regex.replace \"[0-9]\" \"x\" }}", "abxx")]
    [InlineData("{{ (timespan.from_days 2).days }}", "2")]
    [InlineData("{{ 1 | object.typeof }}", "number")]
    [InlineData("{{ date.parse \"2022-03-22\" | date.to_string \"%Y\" }}", "2022")]
    [InlineData("{{ if !blank && blank == empty }}blankisempty{{ end }}", "blankisempty")]
    public void Every_builtin_group_works_in_a_users_template(string line, string expected)
    {
        var text = BuildHtmlWithLine($"Builtin check: {line} end.", out var run);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"Builtin check: {expected} end.", text);
    }

    [Theory]
    [InlineData("date.now")]
    [InlineData("date.utc_now")]
    public void Templates_cannot_read_the_clock(string clock)
    {
        BuildHtmlWithLine($"Built at {{{{ {clock} }}}}.", out var run);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Matches(@"report\.sbn\(3,\d+\): error RG0303", run.Stderr);
    }

    [Fact]
    public void A_name_that_is_no_builtin_is_still_an_unknown_variable()
    {
        BuildHtmlWithLine("{{ strings.upcase \"x\" }}", out var run);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Matches(@"report\.sbn\(3,\d+\): error RG0303: .*strings", run.Stderr);
    }

    [Fact]
    public void A_template_that_adds_to_a_group_changes_its_own_paper_only_in_a_batch()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var work = new TempDir();
        var report = templates.Read("report.sbn").Split('\n').ToList();
        report.Insert(2, "{{ if (string | object.has_key \"marker\") }}LEAKED{{ end }}{{ string.marker = true }}Marked.");
        templates.Write("report.sbn", string.Join('\n', report));
        var data = Directory.CreateDirectory(work.File("data")).FullName;
        File.Copy(Repo.ReferenceData, Path.Combine(data, "first.json"));
        File.Copy(Repo.ReferenceData, Path.Combine(data, "second.json"));
        var run = CliRun.Of("build", data, "--out", work.File("out"), "--templates", templates.Path, "--format", "html");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var pages = Directory.GetFiles(work.File("out"), "*.html", SearchOption.AllDirectories);
        Assert.Equal(2, pages.Length);
        foreach (var page in pages)
        {
            var text = File.ReadAllText(page);
            Assert.Contains("Marked.", text);
            Assert.DoesNotContain("LEAKED", text);
        }
    }
}
