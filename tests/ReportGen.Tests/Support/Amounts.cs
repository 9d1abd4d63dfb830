using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>Every amount the reference paper prints, formatted as the paper prints it.</summary>
internal static class Amounts
{
    public static IReadOnlyList<string> OfReference()
    {
        var paper = Papers.Reference;
        var pounds = new List<decimal>();
        foreach (var p in paper.Programmes)
        {
            pounds.AddRange(p.Items.Select(l => l.Amount));
            pounds.AddRange(p.Groups.Where(g => g.SubtotalLabel is not null).Select(g => g.Subtotal));
            pounds.AddRange(p.TransfersOut.Select(t => t.Amount).Concat(p.TransfersIn.Select(t => t.Amount)));
            pounds.AddRange(p.CarryForwards.Select(c => c.Amount).Concat(p.ShownFunding.Select(f => f.Amount)));
            pounds.AddRange(p.RingFenced.SelectMany(r => new[] { r.Allocation.Amount, r.Funding.Amount }));
            if (p.Appendix.TotalAllocatedLabel is not null) pounds.Add(p.TotalAllocated);
            if (p.Appendix.FundingAvailableLabel is not null) pounds.Add(p.FundingAvailable);
            if (p.Appendix.TotalLabel is not null) pounds.Add(p.Total);
        }
        var thousands = paper.SummaryRows.Select(r => Money.Number(r.Thousands)).Append(Money.Number(paper.TotalThousands));
        return pounds.Select(Money.Pounds).Concat(thousands).Distinct().ToList();
    }
}
