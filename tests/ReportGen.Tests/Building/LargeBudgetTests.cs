using ReportGen.Building;
using ReportGen.Documents;
using ReportGen.Formatting;
using ReportGen.Model;
using ReportGen.Tests.Support;
using ReportGen.Tests.Validation;

namespace ReportGen.Tests.Building;

/// <summary>The shipped templates with budgets far bigger than the reference paper's: no code change, no limit hit.</summary>
public class LargeBudgetTests
{
    [Theory]
    [InlineData(300)]
    [InlineData(10_000)]
    public void A_budget_of_many_lines_renders_every_line(int lineCount)
    {
        // Four programmes with groups of 25 lines each.
        var groups = Enumerable.Range(0, 4).Select(p =>
            Enumerable.Range(0, lineCount / 4 / 25).Select(g =>
                Enumerable.Range(0, 25).Select(l => 1000m + p * 7 + g * 3 + l).ToArray()).ToArray()).ToArray();
        var generated = RandomBudget.Build(groups, [10, 10, 10, 10], [0, 5, 0, 5], publish: false);
        var paper = Papers.Reference with { Programmes = generated.Programmes.Select(Presentable).ToList(), Summary = Papers.Reference.Summary with { Published = null } };

        var built = Built.Of(paper);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics.Take(5)));
        var tables = built.Document!.Blocks.OfType<Table>().Skip(1).ToList();
        Assert.Equal(4, tables.Count);
        Assert.Equal(lineCount, tables.Sum(t => t.Body.Count(r => r.Kind == RowKind.Item && Inlines.PlainText(r.Cells[0].Content).StartsWith("Line", StringComparison.Ordinal))));
        var allocated = Papers.Figures(paper).Programmes[0].TotalAllocated[0]!.Value;
        Assert.Equal(new MoneyFormat().Pounds(allocated), Inlines.PlainText(tables[0].Body.First(r => r.Kind == RowKind.Total).Cells[1].Content));
    }

    private static Programme Presentable(Programme p) => p with
    {
        Appendix = new AppendixTable { Heading = p.Name, LabelColumn = "Project Area", AmountColumn = "Funding", TotalAllocatedLabel = "Total Allocated", FundingAvailableLabel = "Funding Available" },
        Groups = p.Groups.Select(g => g with { SubtotalLabel = "Sub-Total" }).ToList(),
    };
}
