using ReportGen.Documents;

namespace ReportGen.Writers;

/// <summary>How every writer shares a table's width among its columns.</summary>
public static class ColumnWidths
{
    /// <summary>
    /// Money (right-aligned) columns get what their widest content needs, up to a third of the width each;
    /// the other columns share what is left in proportion to what they need.
    /// </summary>
    /// <param name="alignments">Each column's alignment.</param>
    /// <param name="needed">Each column's natural width: its widest content plus padding.</param>
    /// <param name="available">The table's width.</param>
    public static double[] Allocate(IReadOnlyList<ColumnAlignment> alignments, IReadOnlyList<double> needed, double available)
    {
        // Plain loops, each sum in column order as before: a framework-dependent start JIT-compiled Linq over ints.
        var widths = new double[alignments.Count];
        var moneyCount = 0;
        for (var i = 0; i < widths.Length; i++)
            if (alignments[i] == ColumnAlignment.Right)
            {
                widths[i] = Math.Min(needed[i], available / 3);
                moneyCount++;
            }
        var othersCount = widths.Length - moneyCount;
        // Many amount columns (prior year, budget, change, % change…) must still leave the labels room:
        // together they take at most 70% of the width, shrunk in proportion when they would take more.
        var moneyShare = othersCount == 0 ? available : available * 0.7;
        var moneyTotal = 0.0;
        for (var i = 0; i < widths.Length; i++)
            if (alignments[i] == ColumnAlignment.Right) moneyTotal += widths[i];
        if (moneyTotal > moneyShare)
            for (var i = 0; i < widths.Length; i++)
                if (alignments[i] == ColumnAlignment.Right) widths[i] *= moneyShare / moneyTotal;
        var used = 0.0;
        foreach (var width in widths) used += width;
        var remaining = available - used;
        var demand = 0.0;
        for (var i = 0; i < widths.Length; i++)
            if (alignments[i] != ColumnAlignment.Right) demand += needed[i];
        for (var i = 0; i < widths.Length; i++)
            if (alignments[i] != ColumnAlignment.Right)
                widths[i] = demand <= 0 ? remaining / othersCount : remaining * needed[i] / demand;
        return widths;
    }
}
