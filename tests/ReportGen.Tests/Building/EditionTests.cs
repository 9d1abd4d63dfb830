using ReportGen.Building;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Building;

/// <summary>What the public edition's totals leave out.</summary>
public class EditionTests
{
    [Fact]
    public void A_ring_fenced_grant_kept_out_of_totals_takes_its_allocation_with_it_and_the_total_drops_by_its_amount()
    {
        var reference = Papers.Reference;
        var victims = reference.Programmes.Single(p => p.RingFenced.Count > 0);
        var pair = victims.RingFenced[0];
        var exempt = new Exemption { Reason = "paragraph 3 of Schedule 12A to the Local Government Act 1972", InTotals = false };
        var paper = reference with
        {
            Programmes = [.. reference.Programmes.Select(p => p.Id != victims.Id ? p : p with { RingFenced = [pair with { Funding = pair.Funding with { Exempt = exempt } }, .. p.RingFenced.Skip(1)] })],
        };

        var withheld = Editions.ForPublicTotals(paper)!;
        Assert.DoesNotContain(withheld.Programmes.Single(p => p.Id == victims.Id).RingFenced, r => r.Funding.Id == pair.Funding.Id);
        // As the builder does: the public figures are worked out from the withheld paper, unvalidated (its totals no
        // longer match the figures as published, which is the point).
        var figures = Papers.Figures(paper);
        var full = figures.Of(victims.Id)!.Total[0]!.Value;
        var shown = ReportGen.Figures.PaperFigures.Compute(withheld, figures.Columns).Of(victims.Id)!.Total[0]!.Value;
        Assert.Equal(pair.Funding.Amount.Main!.Value, full - shown);
    }
}
