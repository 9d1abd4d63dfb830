using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Tests.Building;

/// <summary>
/// The two-year example (prior year, budget, change, % change; a new line, an ended line, a deduction, a two-source
/// programme, a drawdown, a virement, an over-programmed programme) built through the CLI, with every figure read
/// back from each output. The expected figures are worked out by hand below, not by the code under test.
/// </summary>
public sealed class MultiColumnPaperTests(MultiColumnPaperTests.BuiltOnce built) : IClassFixture<MultiColumnPaperTests.BuiltOnce>
{
    private static readonly string Data = Repo.Path("data", "examples", "two-year-budget.json");

    /// <summary>The example built once through the CLI for all the tests here.</summary>
    public sealed class BuiltOnce : IDisposable
    {
        internal TempDir Output { get; } = new();

        public BuiltOnce()
        {
            var run = CliRun.Of("build", Data, "--out", Output.Path, "--templates", Built.Templates);
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        public void Dispose() => Output.Dispose();
    }

    // Label → 2021/22, 2022/23, change, % change, as the paper must print them.
    private static readonly (string Label, string[] Cells)[] CommunitySafety =
    [
        ("Youth Offending", ["£600,000", "£652,108", "£52,108", "8.7%"]),
        ("Multi-Agency Risk Assessment Conference (MARAC)", ["£354,000", "£354,000", "£0", "0.0%"]),
        ("New Chance (new in 2022/23)", ["–", "£50,000", "£50,000", "–"]),
        ("Op Hercules (ended 2021/22)", ["£30,000", "–", "−£30,000", "−100.0%"]),
        ("Efficiency savings target", ["−£10,000", "−£20,000", "−£10,000", "−100.0%"]),
        ("Sub-Total", ["£974,000", "£1,036,108", "£62,108", "6.4%"]),
        ("Total Allocated Budget", ["£974,000", "£1,036,108", "£62,108", "6.4%"]),
        ("£5,000 to the Victims Services budget", ["–", "£5,000", "£5,000", "–"]),
        ("Proceeds of Crime Act receipts", ["£74,000", "£86,108", "£12,108", "16.4%"]),
        ("Funding Available", ["£974,000", "£1,041,108", "£67,108", "6.9%"]),
    ];

    private static readonly (string Label, string[] Cells)[] VictimsServices =
    [
        ("Total Allocated to Projects", ["£300,000", "£370,000", "£70,000", "23.3%"]),
        ("Drawdown from the victims reserve", ["–", "£10,000", "£10,000", "–"]),
        ("Total Funding Available", ["£300,000", "£335,000", "£35,000", "11.7%"]),
        ("Over-programmed", ["£0", "−£25,000", "−£25,000", "–"]),
    ];

    private static readonly (string Label, string[] Cells)[] Summary =
    [
        ("Community Safety", ["Police Grant and POCA", "974", "1,041", "67", "6.9%"]),
        ("Victims Services", ["Specific Grant", "300", "335", "35", "11.7%"]),
        ("Total", ["", "1,274", "1,376", "102", "8.0%"]),
    ];

    private string File(string extension) => built.Output.File("board-paper-2022-23" + extension);

    [Fact]
    public void Every_figure_is_in_its_column_in_the_HTML()
    {
        var tables = TablesReadBack.Html(File(".html"));
        AssertRows(tables.Single(t => t.Caption == "Community Safety Partnership").Rows, CommunitySafety);
        AssertRows(tables.Single(t => t.Caption == "Victims Services").Rows, VictimsServices);
        AssertRows(tables[0].Rows, Summary);
        Assert.Equal(["Project Area", "2021/22", "2022/23", "Change", "% change"], tables[1].Rows[0]);
    }

    [Fact]
    public void Every_figure_is_in_its_column_in_the_DOCX()
    {
        var tables = TablesReadBack.Docx(File(".docx"));
        AssertRows(tables.Single(t => t.Caption == "Community Safety Partnership").Rows, CommunitySafety);
        AssertRows(tables.Single(t => t.Caption == "Victims Services").Rows, VictimsServices);
        AssertRows(tables[0].Rows, Summary);
    }

    [Fact]
    public void Every_figure_is_printed_right_aligned_under_its_column_heading_in_the_PDF()
    {
        using var pdf = PdfDocument.Open(File(".pdf"));
        var page = pdf.GetPages().First(p => p.Text.Contains("Community Safety Partnership", StringComparison.Ordinal) && p.Text.Contains("Youth", StringComparison.Ordinal));
        var words = page.GetWords().ToList();
        // Money columns are right-aligned: each heading's right edge is its column's right edge.
        // The first table on the page is the topmost: PDF y grows upwards.
        var top = words.Where(w => w.Text == "2021/22").Max(w => w.BoundingBox.Bottom);
        var firstTableHeader = words.Where(w => w.Text is "2021/22" or "2022/23" or "Change" or "change" && Math.Abs(w.BoundingBox.Bottom - top) < 1)
            .OrderBy(w => w.BoundingBox.Left).ToList();
        Assert.Equal(4, firstTableHeader.Count);
        var rightEdges = firstTableHeader.Select(w => w.BoundingBox.Right).ToArray();

        foreach (var (label, cells) in CommunitySafety)
        {
            var first = label.Split(' ')[0];
            var start = words.First(w => w.Text == first && words.Any(o => Math.Abs(o.BoundingBox.Bottom - w.BoundingBox.Bottom) < 0.5 && o.BoundingBox.Left > rightEdges[0] - 120));
            var row = words.Where(w => Math.Abs(w.BoundingBox.Bottom - start.BoundingBox.Bottom) < 0.5 && w.BoundingBox.Left > rightEdges[0] - 80)
                .OrderBy(w => w.BoundingBox.Left).ToList();
            Assert.Equal(cells, row.Select(w => w.Text).ToArray());
            for (var i = 0; i < cells.Length; i++)
                Assert.True(Math.Abs(row[i].BoundingBox.Right - rightEdges[i]) < 1.0,
                    $"{label}: '{cells[i]}' ends at {row[i].BoundingBox.Right:F1}, its column at {rightEdges[i]:F1}");
        }
    }

    [Fact]
    public void The_published_prior_year_figures_were_checked_and_pass()
    {
        var run = CliRun.Of("validate", Data);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    private static void AssertRows(List<string[]> rows, (string Label, string[] Cells)[] expected)
    {
        foreach (var (label, cells) in expected)
            Assert.Equal(cells, TablesReadBack.Row(rows, label)[1..]);
    }
}
