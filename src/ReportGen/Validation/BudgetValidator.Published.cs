using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>
    /// Compares every figure the published paper printed with the computed one. A difference is an error,
    /// or a warning when the data acknowledges it with a reason; the generated paper prints the computed figure.
    /// </summary>
    private static void CheckPublishedFigures(Context c)
    {
        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var p = c.Paper.Programmes[i];
            var at = ProgrammePath(i);
            for (var g = 0; g < p.Groups.Count; g++)
            {
                var group = p.Groups[g];
                var name = group.SubtotalLabel ?? group.Heading ?? "sub-total";
                Compare(c, $"{at}.groups[{g}].published_subtotal", $"{TableName(p)}: '{name}'",
                    group.PublishedSubtotal, group.Subtotal, group.AcknowledgedDifference, pounds: true);
            }
            if (p.Published is not { } published) continue;
            var pub = $"{at}.published";
            var acknowledged = published.Acknowledged;
            Compare(c, $"{pub}.total_allocated", $"{TableName(p)}: '{p.Appendix.TotalAllocatedLabel ?? "total allocated"}'",
                published.TotalAllocated, p.TotalAllocated, acknowledged.GetValueOrDefault("total_allocated"), pounds: true);
            Compare(c, $"{pub}.funding_available", $"{TableName(p)}: '{p.Appendix.FundingAvailableLabel ?? "funding available"}'",
                published.FundingAvailable, p.FundingAvailable, acknowledged.GetValueOrDefault("funding_available"), pounds: true);
            Compare(c, $"{pub}.total", $"{TableName(p)}: '{p.Appendix.TotalLabel ?? "total"}'",
                published.Total, p.Total, acknowledged.GetValueOrDefault("total"), pounds: true);
            Compare(c, $"{pub}.summary_thousands", $"funding summary: '{p.Name}' £000s",
                published.SummaryThousands, Money.ToThousands(p.Total), acknowledged.GetValueOrDefault("summary_thousands"), pounds: false);
            CheckAcknowledgedNames(c, pub, acknowledged.Keys, "total_allocated", "funding_available", "total", "summary_thousands");
        }

        if (c.Paper.Summary.Published is { } summary)
        {
            Compare(c, "$.summary.published.total_thousands", $"funding summary: '{c.Paper.Summary.TotalLabel}' £000s",
                summary.TotalThousands, c.Paper.TotalThousands, summary.Acknowledged.GetValueOrDefault("total_thousands"), pounds: false);
            CheckAcknowledgedNames(c, "$.summary.published", summary.Acknowledged.Keys, "total_thousands");
        }
    }

    private static void Compare(Context c, string path, string figure, decimal? published, decimal computed, string? acknowledgement, bool pounds)
    {
        string Show(decimal value) => pounds ? Money.Pounds(value) : Money.Number(value);
        if (published is not { } printed)
        {
            if (acknowledgement is not null)
                c.Warning("RG0232", path, $"{figure} has an acknowledged difference but no published figure. Remove the acknowledgement.");
            return;
        }
        if (printed == computed)
        {
            if (acknowledgement is not null)
                c.Warning("RG0232", path, $"{figure}: the published {Show(printed)} now equals the computed figure, so the acknowledged difference is stale. Remove the acknowledgement.");
            return;
        }
        var difference = $"{figure} is published as {Show(printed)} but its lines add up to {Show(computed)} (difference {Show(printed - computed)}). The generated paper prints {Show(computed)}.";
        if (acknowledgement is null)
            c.Error("RG0230", path, $"{difference} Correct the figure or the lines; if the published paper really printed this, acknowledge the difference with a reason.");
        else
            c.Warning("RG0231", path, $"{difference} Acknowledged: {acknowledgement}");
    }

    private static void CheckAcknowledgedNames(Context c, string path, IEnumerable<string> names, params string[] allowed)
    {
        foreach (var name in names.Where(n => !allowed.Contains(n)))
            c.Error("RG0233", $"{path}.acknowledged.{name}",
                $"'{name}' is not a published figure here, so there is nothing to acknowledge. Use one of: {string.Join(", ", allowed)}.");
    }

    /// <summary>Rounded £000s rows that do not add up to the rounded total need a rounding note in the paper.</summary>
    private static void CheckRounding(Context c)
    {
        if (c.Paper.Programmes.Count > 0 && c.Paper.NeedsRoundingNote)
            c.Warning("RG0240", "$.programmes",
                $"the funding summary's rounded £000s rows add up to {Money.Number(c.Paper.SumOfRoundedRows)} but the rounded total is {Money.Number(c.Paper.TotalThousands)}. The paper prints a note that figures may not sum because of rounding.");
    }
}
