using ReportGen.Model;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// Random budget papers with everything a workbook carries: one column or prior/budget with difference and % change,
/// new and ended lines, deductions, pence, groups with and without headings, ids and sub-totals, shown and hidden
/// funding (and grant returned), virements between programmes, carry-forwards, drawdowns, ring-fenced pairs, labels
/// printed from "{amount}" (one in four), and tables with and without their total rows. Programmes need not balance, so every
/// paper validates. Two papers of the same shape have the same programmes and columns, and a line's label follows
/// from its id, so one paper's lines can be imported into the other's data.
/// </summary>
internal static class RandomPaper
{
    public sealed record Shape(int Programmes, bool TwoColumns, bool Percent);

    public static Shape RandomShape(Random random) => new(random.Next(1, 4), random.Next(3) > 0, random.Next(2) == 0);

    /// <summary>A random paper of <paramref name="shape"/>; <paramref name="patterned"/> says which ids may have a label printed from "{amount}".</summary>
    public static BudgetPaper Build(Random random, Shape shape, Func<string, bool>? patterned = null)
    {
        patterned ??= id => true;
        string LabelOf(string id) => patterned(id) && id.Sum(c => c) % 4 == 0 ? $"{{amount}} for {id}" : $"Line {id}";
        var programmes = new List<Programme>();
        for (var p = 0; p < shape.Programmes; p++)
        {
            var id = $"p{p}";
            Amounts Money(bool negative = false) => Amount(random, shape, negative);
            BudgetLine Line(string lineId, bool deduction = false, bool hidden = false) =>
                new() { Id = lineId, Label = LabelOf(lineId), Amount = Money(deduction), Deduction = deduction, Hidden = hidden };
            Amounts pair = Money();
            var transfer = shape.Programmes > 1 && Flip(random) ? Money() : null;
            programmes.Add(new Programme
            {
                Id = id,
                Name = $"Programme {p}",
                FundingStream = "Grant",
                MustBalanceAsWritten = false,
                Appendix = new AppendixTable
                {
                    Heading = $"Programme {p}",
                    LabelColumn = "Project Area",
                    TotalAllocatedLabel = Flip(random) ? "Total Allocated" : null,
                    FundingAvailableLabel = Flip(random) ? "Funding Available" : null,
                    TotalLabel = Flip(random) ? "Total" : null,
                    UnallocatedLabel = "Unallocated",
                    OverProgrammedLabel = "Over-programmed",
                },
                Groups = [.. Enumerable.Range(0, random.Next(1, 4)).Select(g => new LineGroup
                {
                    Id = Flip(random) ? $"{id}g{g}" : null,
                    Heading = Flip(random) ? $"Group {g}" : null,
                    SubtotalLabel = Flip(random) ? "Sub-Total" : null,
                    Lines = [.. Enumerable.Range(0, random.Next(1, 5)).Select(l => Line($"{id}g{g}l{l}", deduction: random.Next(8) == 0))],
                })],
                Funding = [.. Enumerable.Range(0, random.Next(0, 3)).Select(f => Line($"{id}f{f}", deduction: random.Next(6) == 0, hidden: Flip(random)))],
                CarryForwards = [.. Enumerable.Range(0, random.Next(0, 2)).Select(c => Line($"{id}c{c}"))],
                Drawdowns = [.. Enumerable.Range(0, random.Next(0, 2)).Select(d => Line($"{id}d{d}"))],
                RingFenced = Flip(random) ? [new RingFencedPair { Allocation = Line($"{id}ra") with { Amount = pair }, Funding = Line($"{id}rf") with { Amount = pair } }] : [],
                TransfersOut = transfer is null ? [] : [new Transfer { Id = $"{id}out", Programme = $"p{(p + 1) % shape.Programmes}", Label = LabelOf($"{id}out"), Amount = transfer }],
            });
        }
        // Each transfer out has its transfer in on the receiving programme, equal in every column.
        for (var p = 0; p < programmes.Count; p++)
            foreach (var t in programmes[p].TransfersOut)
            {
                var to = programmes.FindIndex(x => x.Id == t.Programme);
                programmes[to] = programmes[to] with { TransfersIn = [.. programmes[to].TransfersIn, new Transfer { Id = $"p{p}in", Programme = $"p{p}", Label = LabelOf($"p{p}in"), Amount = t.Amount }] };
            }
        return new BudgetPaper
        {
            Columns = shape.TwoColumns
                ? [new AmountColumn { Key = "prior", Heading = "2023/24" }, new AmountColumn { Key = "budget", Heading = "2024/25" },
                   new AmountColumn { Key = "change", Heading = "Change", Compute = ColumnComputation.Difference },
                   .. shape.Percent ? new[] { new AmountColumn { Key = "change_percent", Heading = "% change", Compute = ColumnComputation.PercentChange } } : []]
                : null,
            Meeting = new Meeting { Board = "Board", Date = new DateOnly(2024, 3, 1) },
            Report = new ReportDetails { Title = "Generated", FinancialYear = "2024/25", Organisation = "Test", Version = "1.0", Status = ReportStatus.Final, Classification = "Public" },
            Wording = new Dictionary<string, string> { ["budget_exclusions"] = "", ["funding_mix"] = "" },
            Programmes = programmes,
        };
    }

    /// <summary>
    /// The paper <paramref name="kept"/> with the lines, groups, funding, transfers and reserves of
    /// <paramref name="lines"/>: what importing <paramref name="lines"/>'s workbook into <paramref name="kept"/>'s data gives.
    /// </summary>
    public static BudgetPaper Owned(BudgetPaper kept, BudgetPaper lines) => kept with
    {
        Programmes = [.. kept.Programmes.Zip(lines.Programmes, (k, l) => k with
        {
            Groups = l.Groups, Funding = l.Funding, TransfersOut = l.TransfersOut, TransfersIn = l.TransfersIn,
            CarryForwards = l.CarryForwards, Drawdowns = l.Drawdowns, RingFenced = l.RingFenced,
        })],
    };

    /// <summary>Every id of a paper's lines and transfers.</summary>
    public static HashSet<string> Ids(BudgetPaper paper) =>
        [.. paper.Programmes.SelectMany(p => p.Items.Concat(p.Funding).Concat(p.CarryForwards).Concat(p.Drawdowns)
            .Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding })).Select(l => l.Id!)
            .Concat(p.TransfersOut.Concat(p.TransfersIn).Select(t => t.Id!)))];

    private static Amounts Amount(Random random, Shape shape, bool negative)
    {
        decimal Value() => (negative ? -1 : 1) * (random.Next(4) == 0 ? random.Next(0, 90_000_000) / 100m : random.Next(0, 900_000));
        if (!shape.TwoColumns) return Amounts.Of(Value());
        return random.Next(10) switch
        {
            0 => Amounts.Of([new("budget", Value())]),
            1 => Amounts.Of([new("prior", Value())]),
            _ => Amounts.Of([new("prior", Value()), new("budget", Value())]),
        };
    }

    private static bool Flip(Random random) => random.Next(2) == 0;
}
