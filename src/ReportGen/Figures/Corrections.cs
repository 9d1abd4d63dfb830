using ReportGen.Model;

namespace ReportGen.Figures;

/// <summary>Where a corrected figure sits in the paper.</summary>
public enum CorrectionPlace
{
    /// <summary>In a programme's table (a sub-total, a total row).</summary>
    Table,
    /// <summary>In the funding summary.</summary>
    Summary,
    /// <summary>Quoted in the prose.</summary>
    Prose,
}

/// <summary>
/// A figure the generated paper prints differently from the paper as published — an acknowledged difference —
/// so the outputs can say so beside it: the figure, as published, as printed now, and why.
/// </summary>
public sealed record Correction(CorrectionPlace Place, string? ProgrammeId, string Figure, ResolvedColumn Column,
    decimal Published, decimal Printed, FigureUnit Unit, string Reason);

/// <summary>Finds every acknowledged difference between the published figures and the computed ones.</summary>
public static class Corrections
{
    /// <summary>The corrections, in paper order; only differences the data acknowledges (the rest are errors).</summary>
    public static IReadOnlyList<Correction> Of(PaperFigures figures)
    {
        var found = new List<Correction>();
        var columns = figures.Columns;
        void Add(CorrectionPlace place, string? programme, string figure, Amounts? published, ColumnValues computed, Acknowledgement? acknowledged, FigureUnit unit)
        {
            if (published is null || acknowledged is null) return;
            var printed = ColumnValues.Of(published, columns);
            foreach (var column in columns.Stored)
                if (printed[column.Index] is { } p && computed[column.Index] is { } c && p != c)
                    found.Add(new Correction(place, programme, figure, column, p, c, unit, acknowledged.Reason));
        }

        foreach (var f in figures.Programmes)
        {
            var p = f.Programme;
            for (var g = 0; g < p.Groups.Count; g++)
                Add(CorrectionPlace.Table, p.Id, p.Groups[g].SubtotalLabel ?? p.Groups[g].Heading ?? "Sub-total", p.Groups[g].PublishedSubtotal, f.Subtotals[g], p.Groups[g].AcknowledgedDifference, FigureUnit.Pounds);
            if (p.Published is not { } published) continue;
            var ack = published.Acknowledged;
            Add(CorrectionPlace.Table, p.Id, p.Appendix.TotalAllocatedLabel ?? "Total allocated", published.TotalAllocated, f.TotalAllocated, ack.GetValueOrDefault("total_allocated"), FigureUnit.Pounds);
            Add(CorrectionPlace.Table, p.Id, p.Appendix.FundingAvailableLabel ?? "Funding available", published.FundingAvailable, f.FundingAvailable, ack.GetValueOrDefault("funding_available"), FigureUnit.Pounds);
            Add(CorrectionPlace.Table, p.Id, p.Appendix.TotalLabel ?? "Total", published.Total, f.Total, ack.GetValueOrDefault("total"), FigureUnit.Pounds);
            Add(CorrectionPlace.Summary, p.Id, p.Name, published.SummaryThousands, f.Thousands, ack.GetValueOrDefault("summary_thousands"), FigureUnit.Thousands);
        }
        if (figures.Paper.Summary.Published is { } summary)
            Add(CorrectionPlace.Summary, null, figures.Paper.Summary.TotalLabel, summary.TotalThousands, figures.TotalThousands, summary.Acknowledged.GetValueOrDefault("total_thousands"), FigureUnit.Thousands);
        foreach (var quoted in figures.Paper.PublishedFigures)
            if (figures.Named.TryFind(quoted.Figure, out var named, out _))
                Add(CorrectionPlace.Prose, null, quoted.Figure, quoted.Amount, named.Values, quoted.Acknowledged, named.Unit);
        return found;
    }

    /// <summary>
    /// The corrections an edition prints, where <paramref name="printed"/> are the figures it prints and
    /// <paramref name="full"/> the paper's own. A public edition whose totals leave out withheld amounts prints only the
    /// corrections those amounts do not touch: a note comparing a total without them to the figure as published (which
    /// has them) would be false, and the two figures together would give the withheld amount away.
    /// </summary>
    public static IReadOnlyList<Correction> Printed(PaperFigures full, PaperFigures printed) =>
        ReferenceEquals(full, printed) ? Of(full) : [.. Of(full).Intersect(Of(printed))];
}
