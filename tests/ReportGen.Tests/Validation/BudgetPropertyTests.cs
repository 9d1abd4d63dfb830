using System.Text.Json;
using CsCheck;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Tests.Validation;

/// <summary>
/// Random budgets, built to balance, go through the real loader: their totals must always balance,
/// and a change to any one line must always be caught when its table carries a published total.
/// </summary>
public class BudgetPropertyTests
{
    private static readonly Gen<decimal> Pounds = Gen.Long[0, 50_000_000].Select(pence => pence / 100m);

    private static readonly Gen<(decimal[][][] Groups, int[] TransferPercent, int[] CarryPercent)> Shapes =
        from groups in Pounds.Array[1, 12].Array[1, 4].Array[1, 6]
        from transfers in Gen.Int[0, 100].Array[groups.Length]
        from carries in Gen.Int[0, 100].Array[groups.Length]
        select (groups, transfers, carries);

    [Fact]
    public void Generated_budgets_load_cleanly_and_every_programme_balances()
    {
        Shapes.Sample(shape =>
        {
            var result = Load(RandomBudget.Build(shape.Groups, shape.TransferPercent, shape.CarryPercent, publish: false));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var figures = result.Figures!;
            foreach (var p in figures.Programmes)
            {
                Assert.Equal(p.Uses[0], p.Sources[0]);
                Assert.Equal(p.Programme.Items.Sum(l => l.Amount.Main!.Value), p.TotalAllocated[0]);
                Assert.Equal(p.Subtotals.Sum(s => s[0]!.Value), p.TotalAllocated[0]);
            }
            Assert.Equal(figures.Programmes.Sum(p => p.FundingAvailable[0]!.Value), figures.Total[0]);
            Assert.Equal(Money.ToThousands(figures.Total[0]!.Value), figures.TotalThousands[0]);
        }, iter: 150);
    }

    [Fact]
    public void Changing_any_one_line_is_caught_by_its_published_subtotal()
    {
        var cases =
            from shape in Shapes
            from pick in Gen.Int[0, int.MaxValue]
            from delta in Gen.Long[1, 10_000_000].Select(pence => pence / 100m)
            select (shape, pick, delta);
        cases.Sample(c =>
        {
            var paper = RandomBudget.Build(c.shape.Groups, c.shape.TransferPercent, c.shape.CarryPercent, publish: true);
            Assert.True(Load(paper).Succeeded, "the unchanged budget must be clean");

            var lines = paper.Programmes.SelectMany((p, i) => p.Groups.SelectMany((g, j) => g.Lines.Select((_, k) => (i, j, k)))).ToList();
            var (pi, gi, li) = lines[c.pick % lines.Count];
            var changed = RandomBudget.WithLineAmount(paper, pi, gi, li, paper.Programmes[pi].Groups[gi].Lines[li].Amount.Main!.Value + c.delta);

            var result = Load(changed);
            Assert.Contains(result.Diagnostics, d =>
                d.Code == "RG0230" && d.Location.JsonPath == $"$.programmes[{pi}].groups[{gi}].published_subtotal");
            Assert.False(result.Succeeded);
        }, iter: 150);
    }

    private static LoadResult Load(BudgetPaper paper) => Support.Papers.Load(paper);
}
