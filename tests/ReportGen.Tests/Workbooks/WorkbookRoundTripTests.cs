using CsCheck;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>Export, then import into the same data file: the same model, and the file left as it was.</summary>
public class WorkbookRoundTripTests
{
    public static TheoryData<string> Papers => new() { Repo.ReferenceData, Repo.Path("data", "examples", "two-year-budget.json") };

    [Theory]
    [MemberData(nameof(Papers))]
    public void An_exported_workbook_imports_to_the_same_data(string path)
    {
        var json = File.ReadAllBytes(path);
        var result = WorkbookImport.Run(Workbook.Of(path), "budget.xlsx", json, "budget.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Changed);
        Assert.Equal(json, result.Json);
    }
}

/// <summary>
/// The round trip as a property over random papers (<see cref="RandomPaper"/>): a paper's workbook is valid Open XML
/// and imports into its own data as no change at all; and another paper's workbook, imported into it, gives exactly that paper's lines,
/// groups, funding, transfers and reserves with everything else of the data it went into.
/// </summary>
public class WorkbookRoundTripPropertyTests
{
    // CsCheck draws the seeds and reports a failing one; each seed builds one paper, or a pair of the same shape.
    private static readonly Gen<(int, int)> Seeds = Gen.Int.Select(Gen.Int);

    [Fact]
    public void A_papers_workbook_imports_into_its_own_data_as_no_change()
    {
        Seeds.Sample((seed, _) =>
        {
            var random = new Random(seed);
            var paper = RandomPaper.Build(random, RandomPaper.RandomShape(random));
            var json = BudgetJson.ToUtf8(paper);
            var loaded = BudgetLoader.Load(json, "paper.json");
            Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
            var workbook = Workbook.Of(loaded);
            Assert.Empty(Workbook.ValidationErrors(workbook));
            var result = WorkbookImport.Run(workbook, "paper.xlsx", json, "paper.json");
            Assert.True(result.Succeeded, $"seed {seed}: " + string.Join("\n", result.Diagnostics));
            Assert.False(result.Changed, $"seed {seed}");
        }, iter: 60);
    }

    [Fact]
    public void Another_papers_workbook_imports_as_exactly_its_lines()
    {
        Seeds.Sample((seedA, seedB) =>
        {
            var shape = RandomPaper.RandomShape(new Random(seedA));
            var kept = RandomPaper.Build(new Random(seedA), shape);
            // A label printed from "{amount}" keeps its pattern on a line the data has; a new line's label is the text the workbook shows.
            var keptIds = RandomPaper.Ids(kept);
            var lines = RandomPaper.Build(new Random(seedB), shape, keptIds.Contains);
            var source = BudgetLoader.Load(BudgetJson.ToUtf8(lines), "lines.json");
            Assert.True(source.Succeeded, string.Join("\n", source.Diagnostics));

            var result = WorkbookImport.Run(Workbook.Of(source), "lines.xlsx", BudgetJson.ToUtf8(kept), "kept.json");
            Assert.True(result.Succeeded, $"seeds {seedA}, {seedB}: " + string.Join("\n", result.Diagnostics));
            var imported = BudgetLoader.Load(result.Json!, "kept.json").Paper!;
            Assert.Equal(Text(RandomPaper.Owned(kept, lines)), Text(imported));
        }, iter: 60);
    }

    private static string Text(BudgetPaper paper) => System.Text.Encoding.UTF8.GetString(BudgetJson.ToUtf8(paper));
}
