using ReportGen.Figures;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Model;

/// <summary>The 2022/23 data gives every figure the reference paper prints, computed from its lines.</summary>
public class ReferenceFiguresTests
{
    private static ProgrammeFigures Programme(string id) => Papers.ReferenceFigures.Of(id)!;

    [Fact]
    public void The_one_column_paper_has_one_stored_column_which_is_its_main_column()
    {
        var columns = Papers.ReferenceFigures.Columns;
        Assert.Equal(ColumnSet.DefaultKey, Assert.Single(columns.All).Key);
        Assert.Same(columns.Main, columns.Stored[0]);
    }

    [Fact]
    public void Community_safety_subtotal_total_and_funding_match_the_paper()
    {
        var cs = Programme("community-safety");
        Assert.Equal(2_091_893m, cs.Subtotals[0][0]);
        Assert.Equal(1_500_000m, cs.Subtotals[1][0]);
        Assert.Equal(3_591_893m, cs.TotalAllocated[0]);
        Assert.Equal(271_410m, cs.TransfersOut[0]);
        Assert.Equal(3_863_303m, cs.FundingAvailable[0]);
    }

    [Fact]
    public void External_commissioning_allocation_carry_forward_and_funding_match_the_paper()
    {
        var ec = Programme("external-commissioning");
        Assert.Equal(20m, ec.LineCount[0]);
        Assert.Equal(1_837_050m, ec.TotalAllocated[0]);
        Assert.Equal(150_050m, ec.CarriedForward[0]);
        Assert.Equal(1_687_000m, ec.FundingAvailable[0]);
    }

    [Fact]
    public void Victims_services_totals_match_the_paper()
    {
        var vs = Programme("victims-services");
        Assert.Equal(3_671_720m, vs.TotalAllocated[0]);
        Assert.Equal(3_671_720m, vs.FundingAvailable[0]);
        Assert.Equal(1_669_330m, vs.RingFencedFunding[0]);
        Assert.Equal(5_341_050m, vs.Total[0]);
    }

    [Fact]
    public void Summary_rows_in_thousands_match_the_paper_and_the_total_is_the_computed_one()
    {
        var rows = Papers.ReferenceFigures.Programmes.Select(p => (p.Programme.Name, p.Programme.FundingStream, p.Thousands[0])).ToList();
        Assert.Equal(
        [
            ("Active Citizens (POCA)", "Proceeds of Crime Act (POCA)", 400m),
            ("Community Safety", "Police Grant", 3_863m),
            ("External Commissioning", "Police Grant and POCA", 1_687m),
            ("Victims Services", "Specific Grant", 5_341m),
        ], rows);
        // The published paper printed 11,279; its rows add up to 11,291, which is what we print.
        Assert.Equal(11_291m, Papers.ReferenceFigures.TotalThousands[0]);
        Assert.False(Papers.ReferenceFigures.NeedsRoundingNote);
    }

    [Fact]
    public void Every_programme_balances()
    {
        foreach (var p in Papers.ReferenceFigures.Programmes)
            Assert.True(p.Uses.SameAs(p.Sources) && p.Difference[0] == 0, $"{p.Programme.Id}: {p.Uses[0]} vs {p.Sources[0]}");
    }

    [Fact]
    public void Named_figures_are_the_computed_figures()
    {
        var named = Papers.ReferenceFigures.Named;
        Assert.True(named.TryFind("programme.victims-services.total", out var total, out var column));
        Assert.Equal(5_341_050m, total.Values.In(column));
        Assert.True(named.TryFind("total_thousands", out var thousands, out _));
        Assert.Equal(11_291m, thousands.Values[0]);
        Assert.True(named.TryFind("line.vs-dwp", out var dwp, out _));
        Assert.Equal(25_000m, dwp.Values[0]);
        Assert.True(named.TryFind("lines", out var lines, out _));
        Assert.Equal(16m + 20 + 8 + 1, lines.Values[0]);
        Assert.False(named.TryFind("programme.nope.total", out _, out _));
        Assert.False(named.TryFind("total@prior", out _, out _));
    }
}
