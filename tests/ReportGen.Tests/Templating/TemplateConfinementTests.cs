using ReportGen.Building;
using ReportGen.Cli;
using ReportGen.Templating;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Templates read their own folder and nothing else, whatever links it holds; rendering has an output and a time
/// budget; and what a template writes passes the text policy, located at the template line.
/// </summary>
public class TemplateConfinementTests
{
    private static CliRun Build(TemplateFolder templates, TempDir output) =>
        CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", templates.Path);

    [Fact]
    public void An_include_that_is_a_link_out_of_the_folder_is_refused_and_its_target_never_printed()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        File.CreateSymbolicLink(Path.Combine(templates.Path, "passwd.sbn"), "/etc/passwd");
        templates.Write("report.sbn", templates.Read("report.sbn") + "\n{{ include \"passwd\" }}\n");
        var run = Build(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Matches(@"passwd\.sbn: error RG0330: .*passwd\.sbn is a symbolic link to /etc/passwd, outside the template folder\..*\(included at .*report\.sbn\(\d+,\d+\)\)", run.Stderr);
        Assert.DoesNotContain("root:", run.Stderr + run.Stdout);
        Assert.Empty(Directory.GetFiles(output.Path));
    }

    [Fact]
    public void The_entry_template_is_confined_too()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        File.Delete(Path.Combine(templates.Path, "paper.sbn"));
        File.CreateSymbolicLink(Path.Combine(templates.Path, "paper.sbn"), "/etc/hostname");
        var run = Build(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Contains("paper.sbn: error RG0330:", run.Stderr);
    }

    [Fact]
    public void A_link_that_stays_in_the_folder_and_a_linked_folder_are_fine()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        File.Move(Path.Combine(templates.Path, "title-block.sbn"), Path.Combine(templates.Path, "title-block-2022.sbn"));
        File.CreateSymbolicLink(Path.Combine(templates.Path, "title-block.sbn"), "title-block-2022.sbn");
        var linkedFolder = output.File("templates-link");
        Directory.CreateSymbolicLink(linkedFolder, templates.Path);
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.File("out"), "--templates", linkedFolder, "--format", "html");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void A_template_that_is_not_UTF8_is_located_at_its_line()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        File.WriteAllBytes(Path.Combine(templates.Path, "paper.sbn"), [.. "# Title\n\nA paragraph\n"u8, 0xFF, .. "\n"u8]);
        var run = Build(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Matches(@"paper\.sbn\(4,1\): error RG0120: .*is not UTF-8: the byte 0xFF on this line", run.Stderr);
    }

    [Fact]
    public void Characters_a_template_writes_are_checked_at_the_template_line()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        var report = templates.Read("report.sbn").Split('\n').ToList();
        report.Insert(2, "A line break\u2028inside, and a \\u0001 escape: {{ \"\\u0001\" }}");
        templates.Write("report.sbn", string.Join('\n', report));
        var run = Build(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Matches(@"report\.sbn\(3,1\): warning RG0123: the template writes U\+2028", run.Stderr);
        Assert.Matches(@"report\.sbn\(3,1\): error RG0122: the template writes U\+0001", run.Stderr);
    }

    [Fact]
    public void A_template_that_writes_without_end_is_stopped_at_the_output_budget()
    {
        using var templates = TemplateFolder.CopyOf(Repo.Fixtures("Templates", "runaway-loop"));
        using var output = new TempDir();
        templates.Write("paper.sbn", "# Title\n\n{{ s = \"x\" | string.pad_left 1000000 }}{{ for i in 1..100 }}{{ s }}{{ end }}\n");
        var run = Build(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Matches(@"paper\.sbn\(3,\d+\): error RG0332: the templates wrote more than 25,165,824 characters of Markdown", run.Stderr);
    }

    [Fact]
    public void Text_doubled_in_a_loop_is_stopped_before_it_eats_the_memory()
    {
        using var templates = TemplateFolder.CopyOf(Repo.Fixtures("Templates", "runaway-loop"));
        using var output = new TempDir();
        templates.Write("paper.sbn", "# Title\n\n{{ s = \"x\" }}{{ for i in 1..64 }}{{ s = s + s }}{{ end }}{{ s }}\n");
        var run = Build(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Contains("error RG0332: the templates made a piece of text longer than 10,485,761 characters", run.Stderr);
    }

    [Fact]
    public void A_template_that_runs_too_long_is_stopped_at_the_time_budget()
    {
        using var templates = TemplateFolder.CopyOf(Repo.Fixtures("Templates", "runaway-loop"));
        // Each loop stays under the loop limit; together they would run for many seconds.
        var loops = string.Concat(Enumerable.Repeat("{{ for a in 1..240000 }}{{ end }}", 200));
        templates.Write("paper.sbn", "# Title\n\n" + loops + "\n");
        var rendered = TemplateRenderer.Render(View(Papers.Reference, Papers.ReferenceFigures), templates.Path, "templates/slow", TimeSpan.FromMilliseconds(200));
        var diagnostic = Assert.Single(rendered.Diagnostics);
        Assert.Equal("RG0333", diagnostic.Code);
        Assert.StartsWith("templates/slow/paper.sbn(3,", diagnostic.Location.ToString());
        Assert.Contains("took longer than 0.2 s to render", diagnostic.Message);
    }

    [Fact]
    public void A_paper_with_more_Markdown_than_Scribans_default_limit_is_rendered_whole_not_cut_short()
    {
        // Scriban cuts any value past 1 M characters by default without a word — an include's output among them.
        var data = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!;
        var programme = data["programmes"]![1]!;
        var lines = programme["groups"]![0]!["lines"]!.AsArray();
        // Long labels, so the paper passes the limit with few enough lines to render well inside the 10 s budget
        // even on a busy machine.
        for (var i = 0; i < 12_000; i++)
            lines.Add(new System.Text.Json.Nodes.JsonObject { ["id"] = $"extra-{i}", ["label"] = $"Extra commissioning line number {i}, for the community safety partnership's prevention work in the area", ["amount"] = 1 });
        programme["funding"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["id"] = "extra", ["label"] = "Extra", ["amount"] = 12_000 });
        programme["groups"]![0]!.AsObject().Remove("published_subtotal");
        programme.AsObject().Remove("published");
        data["summary"]!.AsObject().Remove("published");
        var loaded = ReportGen.Loading.BudgetLoader.Load(System.Text.Encoding.UTF8.GetBytes(data.ToJsonString()), "many-lines.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var rendered = TemplateRenderer.Render(View(loaded.Paper!, loaded.Figures!), Built.Templates);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        Assert.True(rendered.Markdown!.Length > 1_200_000, $"only {rendered.Markdown.Length:N0} characters");
        Assert.Contains("Extra commissioning line number 11999,", rendered.Markdown);
        Assert.Contains("Appendix B", rendered.Markdown[^20_000..]);
    }

    [Fact]
    public void The_manifest_learns_every_template_read_with_its_hash()
    {
        var built = PaperBuilder.Build(Papers.Reference, Papers.ReferenceFigures, Built.Templates, "test");
        var shipped = Directory.GetFiles(Built.Templates, "*.sbn").Select(Path.GetFileName).Append("theme.json").Order(StringComparer.Ordinal);
        Assert.Equal(shipped, built.InputsRead.Select(i => i.File).Order(StringComparer.Ordinal));
        var bytes = File.ReadAllBytes(Path.Combine(Built.Templates, "paper.sbn"));
        var paper = built.InputsRead.Single(i => i.File == "paper.sbn");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), paper.Sha256);
        Assert.Equal(bytes.Length, paper.Bytes);
        Assert.Equal("template", paper.Role);
        Assert.Equal("theme", built.InputsRead.Single(i => i.File == "theme.json").Role);
    }

    private static PaperView View(ReportGen.Model.BudgetPaper paper, ReportGen.Figures.PaperFigures figures) =>
        new(paper, figures, new ReportGen.Formatting.MoneyFormat(), WithholdExempt: true);
}
