using ReportGen.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

public class BuildCommandTests
{
    private static string[] Build(string data, TempDir output, params string[] more) =>
        ["build", data, "--out", output.Path, "--templates", Built.Templates, .. more];

    [Fact]
    public void Build_writes_the_html_page_named_after_the_year_and_reports_it()
    {
        using var output = new TempDir();
        var run = CliRun.Of(Build(Repo.ReferenceData, output, "--format", "html"));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var html = File.ReadAllText(output.File("board-paper-2022-23.html"));
        Assert.Contains("<td class=\"num\">£5,341,050</td>", html);
        Assert.Contains($"wrote {output.File("board-paper-2022-23.html")}", run.Stdout);
        Assert.Contains("warning RG0231", run.Stderr);
        Assert.Empty(Directory.GetFiles(output.Path, "*.tmp-*"));
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        using var first = new TempDir();
        using var second = new TempDir();
        CliRun.Of(Build(Repo.ReferenceData, first));
        CliRun.Of(Build(Repo.ReferenceData, second));
        foreach (var file in Directory.GetFiles(first.Path))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second.Path, Path.GetFileName(file))));
    }

    [Fact]
    public void Bad_data_stops_the_build_with_the_validate_diagnostics_and_leaves_earlier_outputs_intact()
    {
        using var output = new TempDir();
        var earlier = output.File("board-paper-2023-24.html");
        File.WriteAllText(earlier, "the previous paper");
        var bad = Repo.Fixtures("BadData", "programme-does-not-balance.json");
        var run = CliRun.Of(Build(bad, output));
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Equal(CliRun.Of("validate", bad).Stderr, run.Stderr);
        Assert.Equal("the previous paper", File.ReadAllText(earlier));
        Assert.Single(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void A_broken_template_stops_the_build_with_exit_code_4_and_writes_nothing()
    {
        using var output = new TempDir();
        using var templates = TemplateFolder.CopyOfShipped();
        templates.Write("prose-purpose.sbn", templates.Read("prose-purpose.sbn").Replace("{{ report.financial_year }}.", "{{ report.finacial_year }}.", StringComparison.Ordinal));
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", templates.Path);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        var line = templates.Read("prose-purpose.sbn").Split('\n').ToList().FindIndex(l => l.Contains("finacial_year", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"prose-purpose\.sbn\({line},\d+\): error RG0303: Cannot get member with name finacial_year\.", run.Stderr);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void Another_template_folder_changes_the_standing_wording()
    {
        using var output = new TempDir();
        using var templates = TemplateFolder.CopyOfShipped();
        templates.Write("report.sbn", templates.Read("report.sbn").Replace("## PURPOSE OF REPORT", "## WHY THIS PAPER", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", templates.Path, "--format", "html").ExitCode);
        Assert.Contains("WHY THIS PAPER</h2>", File.ReadAllText(output.File("board-paper-2022-23.html")));
    }

    [Fact]
    public void A_missing_template_folder_is_a_template_error()
    {
        using var output = new TempDir();
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", "no/such/folder");
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Contains("no/such/folder: error RG0300: the template folder no/such/folder does not exist. Give a folder, or the name of a set: allocations, board-paper. Check --templates.", run.Stderr);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var output = new TempDir();
        var run = CliRun.Of(Build(Repo.ReferenceData, output, "--format", "html,odt"));
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("unknown format 'odt'", run.Stderr);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_exit_code_5_and_leaves_no_partial_files()
    {
        using var output = new TempDir();
        var blocker = output.File("not-a-folder");
        File.WriteAllText(blocker, "a file where the output folder should be");
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", blocker, "--templates", Built.Templates);
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("error RG0501: the outputs cannot be written", run.Stderr);
        Assert.Equal(["not-a-folder"], Directory.GetFiles(output.Path).Select(Path.GetFileName));
    }
}
