using ReportGen.Model;

namespace ReportGen.Benchmarks;

/// <summary>The reference paper with its programmes' lines multiplied, still balanced: a budget of any size.</summary>
internal static class LargeBudget
{
    public static BudgetPaper From(BudgetPaper paper, int lines)
    {
        var perProgramme = lines / paper.Programmes.Count;
        var programmes = paper.Programmes.Select(p =>
        {
            var items = Enumerable.Range(0, perProgramme)
                .Select(i => new BudgetLine { Id = $"{p.Id}-{i}", Label = $"Project {i} of {p.Name}", Amount = 5000m + i }).ToList();
            var groups = items.Chunk(25).Select((chunk, g) => new LineGroup { Heading = $"Group {g + 1}", SubtotalLabel = "Sub-Total", Lines = chunk }).ToList();
            var allocated = items.Sum(i => i.Amount.Main!.Value);
            static decimal Sum(IEnumerable<Amounts> amounts) => amounts.Sum(a => a.Main!.Value);
            return p with
            {
                Groups = groups,
                Funding = [new BudgetLine { Label = "Grant", Amount = allocated + Sum(p.TransfersOut.Select(t => t.Amount)) - Sum(p.TransfersIn.Select(t => t.Amount)) - Sum(p.CarryForwards.Select(c => c.Amount)), Hidden = true }],
                Published = null,
            };
        }).ToList();
        return paper with { Programmes = programmes, Summary = paper.Summary with { Published = null } };
    }
}
