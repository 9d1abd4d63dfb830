using System.Text.Json;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using ReportGen.Tests.Writers;
using ReportGen.Writers;
using Xunit.Abstractions;

namespace ReportGen.Tests.Accessibility;

/// <summary>
/// axe-core, a checker no one here wrote, runs in headless Chromium on the reference paper's HTML: no WCAG 2.2 A or AA
/// violation and no best-practice finding; and what Chromium computes of the page matches print.
/// </summary>
public class AxeTests(ITestOutputHelper output)
{
    private static readonly string[] Wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<JsonElement> Reference = new(() => Run(HtmlWriterTests.Render(Built.Reference.Document!)));

    private static JsonElement Run(string html)
    {
        if (AxeTools.Missing() is { } missing)
            Assert.Fail($"REPORTGEN_REQUIRE_TOOLS=1 but {missing} is missing; .ci/run installs it.");
        using var folder = new TempDir();
        var page = folder.File("paper.html");
        File.WriteAllText(page, html);
        var run = Programs.Run("node", Path.Combine(AxeTools.Folder, "run-axe.mjs"), page, AxeTools.Chromium);
        Assert.True(run.ExitCode == 0, $"axe did not run (exit {run.ExitCode}): {run.Stderr}");
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Findings(string kind) => Reference.Value.GetProperty(kind).EnumerateArray();

    private static string Describe(JsonElement finding) =>
        $"{finding.GetProperty("id").GetString()} ({finding.GetProperty("help").GetString()}): " +
        string.Join("; ", finding.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").GetString()));

    private static bool Tagged(JsonElement finding, IEnumerable<string> tags) =>
        finding.GetProperty("tags").EnumerateArray().Any(t => tags.Contains(t.GetString()));

    [AxeFact]
    public void Axe_finds_no_WCAG_2_2_AA_violation_and_no_best_practice_finding()
    {
        output.WriteLine($"axe-core {Reference.Value.GetProperty("axeVersion").GetString()} in {Reference.Value.GetProperty("browser").GetString()}: {Reference.Value.GetProperty("passes").GetInt32()} rules passed");
        foreach (var finding in Findings("incomplete")) output.WriteLine("needs review: " + Describe(finding));
        var wcag = Findings("violations").Where(f => Tagged(f, Wcag)).Select(Describe).ToList();
        Assert.True(wcag.Count == 0, "WCAG violations:\n" + string.Join("\n", wcag));
        var bestPractice = Findings("violations").Where(f => Tagged(f, ["best-practice"])).Select(Describe).ToList();
        Assert.True(bestPractice.Count == 0, "best-practice findings:\n" + string.Join("\n", bestPractice));
        Assert.Empty(Findings("violations"));
    }

    [AxeTheory]
    [InlineData("data/examples/two-year-budget.json")]
    [InlineData("templates/board-paper/example.json")]
    [InlineData("templates/allocations/example.json")]
    public void Every_shipped_example_built_by_the_command_line_has_no_axe_finding(string data)
    {
        using var folder = new TempDir();
        var built = Cli.CliRun.Of("build", Repo.Path(data.Split('/')), "--out", folder.Path, "--format", "html");
        Assert.True(built.ExitCode == 0, built.Stderr);
        var result = Run(File.ReadAllText(Directory.GetFiles(folder.Path, "*.html").Single()));
        Assert.True(result.GetProperty("passes").GetInt32() > 10, "axe ran almost no rules");
        var violations = result.GetProperty("violations").EnumerateArray().Select(Describe).ToList();
        Assert.True(violations.Count == 0, $"{data}:\n" + string.Join("\n", violations));
    }

    [AxeFact]
    public void Chromium_shows_the_print_markers_and_hides_the_print_only_lines_on_screen()
    {
        var screen = Reference.Value.GetProperty("screen");
        var lists = screen.GetProperty("lists").EnumerateArray().ToList();
        Assert.Contains(lists, l => !l.GetProperty("nested").GetBoolean());
        Assert.All(lists, l => Assert.Equal(l.GetProperty("nested").GetBoolean() ? "\"–\u00A0\u00A0\"" : "\"•\u00A0\u00A0\"", l.GetProperty("marker").GetString()));
        Assert.Equal(["none", "none"], screen.GetProperty("continuation").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["block", "block"], Reference.Value.GetProperty("print").GetProperty("continuation").EnumerateArray().Select(d => d.GetString()));
    }

    [AxeFact]
    public void Chromium_splits_each_table_as_print_does()
    {
        var theme = Built.Reference.Theme!;
        var tables = Built.Reference.Document!.Blocks.OfType<Table>().ToList();
        var columns = Reference.Value.GetProperty("screen").GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(tables.Count, columns.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var print = PrintedColumns.Widths(tables[t], theme, PrintedColumns.TextWidth(theme.Page));
            var screen = columns[t].EnumerateArray().Select(c => c.GetDouble()).ToList();
            for (var c = 0; c < print.Length; c++)
                Assert.InRange(screen[c] / screen.Sum() - print[c] / print.Sum(), -0.005, 0.005);
        }
    }
}
