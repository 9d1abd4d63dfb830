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
        var widths = new double[alignments.Count];
        var money = Enumerable.Range(0, widths.Length).Where(i => alignments[i] == ColumnAlignment.Right).ToList();
        foreach (var i in money) widths[i] = Math.Min(needed[i], available / 3);
        var others = Enumerable.Range(0, widths.Length).Except(money).ToList();
        // Many amount columns (prior year, budget, change, % change…) must still leave the labels room:
        // together they take at most 70% of the width, shrunk in proportion when they would take more.
        var moneyShare = others.Count == 0 ? available : available * 0.7;
        var moneyTotal = money.Sum(i => widths[i]);
        if (moneyTotal > moneyShare)
            foreach (var i in money) widths[i] *= moneyShare / moneyTotal;
        var remaining = available - widths.Sum();
        var demand = others.Sum(i => needed[i]);
        foreach (var i in others)
            widths[i] = demand <= 0 ? remaining / others.Count : remaining * needed[i] / demand;
        return widths;
    }
}
