using ReportGen.Formatting;

namespace ReportGen.Tests.Support;

/// <summary>Every amount the reference paper prints, formatted as the paper prints it.</summary>
internal static class ReferenceAmounts
{
    public static IReadOnlyList<string> OfReference()
    {
        var figures = Papers.ReferenceFigures;
        var money = new MoneyFormat();
        var pounds = new List<decimal>();
        foreach (var f in figures.Programmes)
        {
            var p = f.Programme;
            decimal One(ReportGen.Model.Amounts a) => a.Main!.Value;
            pounds.AddRange(p.Items.Select(l => One(l.Amount)));
            pounds.AddRange(p.Groups.Select((g, i) => (g, i)).Where(x => x.g.SubtotalLabel is not null).Select(x => f.Subtotals[x.i][0]!.Value));
            pounds.AddRange(p.TransfersOut.Select(t => One(t.Amount)).Concat(p.TransfersIn.Select(t => One(t.Amount))));
            pounds.AddRange(p.CarryForwards.Select(c => One(c.Amount)).Concat(p.Funding.Where(l => !l.Hidden).Select(l => One(l.Amount))));
            pounds.AddRange(p.RingFenced.SelectMany(r => new[] { One(r.Allocation.Amount), One(r.Funding.Amount) }));
            if (p.Appendix.TotalAllocatedLabel is not null) pounds.Add(f.TotalAllocated[0]!.Value);
            if (p.Appendix.FundingAvailableLabel is not null) pounds.Add(f.FundingAvailable[0]!.Value);
            if (p.Appendix.TotalLabel is not null) pounds.Add(f.Total[0]!.Value);
        }
        var thousands = figures.Programmes.Select(p => money.Number(p.Thousands[0]!.Value)).Append(money.Number(figures.TotalThousands[0]!.Value));
        return pounds.Select(money.Pounds).Concat(thousands).Distinct().ToList();
    }
}
