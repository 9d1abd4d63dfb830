using ReportGen.Model;

namespace ReportGen.Tests.Validation;

/// <summary>Builds balanced budgets from random amounts: each programme passes part of its money to the next.</summary>
internal static class RandomBudget
{
    public static BudgetPaper Build(decimal[][][] groups, int[] transferPercent, int[] carryPercent, bool publish)
    {
        var n = groups.Length;
        var allocated = groups.Select(p => p.Sum(g => g.Sum())).ToArray();
        // Programme i gives to i+1 (round the ring); never more than the receiver allocates, so funding stays positive.
        var given = new decimal[n];
        if (n > 1)
            for (var i = 0; i < n; i++)
                given[i] = Math.Min(Pence(allocated[i] * transferPercent[i] / 100m), allocated[(i + 1) % n]);
        var programmes = new List<Programme>();
        for (var i = 0; i < n; i++)
        {
            var received = n > 1 ? given[(i + n - 1) % n] : 0m;
            var needed = allocated[i] + given[i] - received;
            var carried = Pence(needed * carryPercent[i] / 100m);
            programmes.Add(new Programme
            {
                Id = $"p{i}",
                Name = $"Programme {i}",
                FundingStream = "Grant",
                Appendix = new AppendixTable { AmountColumn = "Funding" },
                Groups = groups[i].Select((amounts, g) => new LineGroup
                {
                    Heading = $"Group {g}",
                    PublishedSubtotal = publish ? amounts.Sum() : null,
                    Lines = amounts.Select((a, k) => new BudgetLine { Id = $"p{i}-g{g}-l{k}", Label = $"Line {k}", Amount = a }).ToList(),
                }).ToList(),
                Funding = [new BudgetLine { Label = "Grant", Amount = needed - carried }],
                CarryForwards = carried > 0 ? [new BudgetLine { Label = "Brought forward", Amount = carried }] : [],
                TransfersOut = given[i] > 0 ? [new Transfer { Programme = $"p{(i + 1) % n}", Label = "Out", Amount = given[i] }] : [],
                TransfersIn = received > 0 ? [new Transfer { Programme = $"p{(i + n - 1) % n}", Label = "In", Amount = received }] : [],
                Published = publish ? new PublishedProgrammeFigures { TotalAllocated = allocated[i], FundingAvailable = needed - carried + received } : null,
            });
        }
        return new BudgetPaper
        {
            Meeting = new Meeting { Board = "Board", Date = new DateOnly(2024, 3, 1) },
            Report = new ReportDetails
            {
                Title = "Generated", FinancialYear = "2024/25", Organisation = "Test", Version = "1.0",
                Status = ReportStatus.Draft, Classification = "Public", Author = new Person { Name = "A", Role = "B" },
            },
            Plan = new PoliceAndCrimePlan { Title = "Plan", Objectives = ["One"] },
            Programmes = programmes,
        };
    }

    public static BudgetPaper WithLineAmount(BudgetPaper paper, int programme, int group, int line, decimal amount)
    {
        var p = paper.Programmes[programme];
        var g = p.Groups[group];
        var lines = g.Lines.Select((l, k) => k == line ? l with { Amount = amount } : l).ToList();
        var groups = p.Groups.Select((x, j) => j == group ? g with { Lines = lines } : x).ToList();
        return paper with { Programmes = paper.Programmes.Select((x, i) => i == programme ? p with { Groups = groups } : x).ToList() };
    }

    private static decimal Pence(decimal pounds) => Math.Round(pounds, 2, MidpointRounding.ToZero);
}
