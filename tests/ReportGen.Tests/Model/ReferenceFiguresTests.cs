using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Model;

/// <summary>The 2022/23 data gives every figure the reference paper prints, computed from its lines.</summary>
public class ReferenceFiguresTests
{
    private static Programme Programme(string id) => Papers.Reference.FindProgramme(id)!;

    [Fact]
    public void Community_safety_subtotal_total_and_funding_match_the_paper()
    {
        var cs = Programme("community-safety");
        Assert.Equal(2_091_893m, cs.Groups[0].Subtotal);
        Assert.Equal(1_500_000m, cs.Groups[1].Subtotal);
        Assert.Equal(3_591_893m, cs.TotalAllocated);
        Assert.Equal(271_410m, cs.TotalTransfersOut);
        Assert.Equal(3_863_303m, cs.FundingAvailable);
        Assert.Equal("£271,410 to be used to fund the Victims Services Budget 2022/23", cs.TransfersOut[0].DisplayLabel);
    }

    [Fact]
    public void External_commissioning_allocation_carry_forward_and_funding_match_the_paper()
    {
        var ec = Programme("external-commissioning");
        Assert.Equal(20, ec.Items.Count());
        Assert.Equal(1_837_050m, ec.TotalAllocated);
        Assert.Equal(150_050m, ec.TotalCarriedForward);
        Assert.Equal(1_687_000m, ec.FundingAvailable);
    }

    [Fact]
    public void Victims_services_totals_match_the_paper()
    {
        var vs = Programme("victims-services");
        Assert.Equal(3_671_720m, vs.TotalAllocated);
        Assert.Equal(3_671_720m, vs.FundingAvailable);
        Assert.Equal(1_669_330m, vs.RingFencedFunding);
        Assert.Equal(5_341_050m, vs.Total);
    }

    [Fact]
    public void Summary_rows_in_thousands_match_the_paper_and_the_total_is_the_computed_one()
    {
        var rows = Papers.Reference.SummaryRows.Select(r => (r.Name, r.FundingStream, r.Thousands)).ToList();
        Assert.Equal(
        [
            ("Active Citizens (POCA)", "Proceeds of Crime Act (POCA)", 400m),
            ("Community Safety", "Police Grant", 3_863m),
            ("External Commissioning", "Police Grant and POCA", 1_687m),
            ("Victims Services", "Specific Grant", 5_341m),
        ], rows);
        // The published paper printed 11,279; its rows add up to 11,291, which is what we print.
        Assert.Equal(11_291m, Papers.Reference.TotalThousands);
        Assert.False(Papers.Reference.NeedsRoundingNote);
    }

    [Fact]
    public void Every_programme_balances()
    {
        foreach (var p in Papers.Reference.Programmes)
            Assert.True(p.TotalUses == p.TotalSources, $"{p.Id}: {p.TotalUses} vs {p.TotalSources}");
    }
}
