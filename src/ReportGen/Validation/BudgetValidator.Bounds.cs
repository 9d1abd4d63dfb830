using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>
    /// The largest figure as published, or difference acknowledged, that can be compared with a computed one: no
    /// total of a data file under 10 MB comes near it, and anything larger would overflow <see cref="decimal"/> when
    /// the difference is worked out.
    /// </summary>
    public const decimal LargestPublished = 1_000_000_000_000_000_000m;

    /// <summary>Figures as published and acknowledged differences are checked for size before anything is subtracted from them.</summary>
    private static void CheckPublishedBounds(Context c)
    {
        foreach (var (path, amounts) in PublishedAmounts(c.Paper))
            foreach (var (key, value) in amounts.Written())
                if (Math.Abs(value) > LargestPublished)
                    c.Error(TooLargeCode, key is null ? path : $"{path}.{key}",
                        $"the figure {value} is larger than any total a paper can have ({MoneyFormat.Plain.Number(LargestPublished)}). Check for extra digits.");
    }

    private static IEnumerable<(string Path, Amounts Amounts)> PublishedAmounts(BudgetPaper paper)
    {
        IEnumerable<(string, Amounts)> Acknowledged(string path, IReadOnlyDictionary<string, Acknowledgement> acks) =>
            acks.Where(a => a.Value.Difference is not null).Select(a => ($"{path}.{a.Key}.difference", a.Value.Difference!));
        for (var i = 0; i < paper.Programmes.Count; i++)
        {
            var p = paper.Programmes[i];
            var at = ProgrammePath(i);
            for (var g = 0; g < p.Groups.Count; g++)
            {
                if (p.Groups[g].PublishedSubtotal is { } subtotal) yield return ($"{at}.groups[{g}].published_subtotal", subtotal);
                if (p.Groups[g].AcknowledgedDifference?.Difference is { } difference) yield return ($"{at}.groups[{g}].acknowledged_difference.difference", difference);
            }
            if (p.AcknowledgedDifference?.Difference is { } programmeDifference) yield return ($"{at}.acknowledged_difference.difference", programmeDifference);
            if (p.Published is not { } published) continue;
            foreach (var (name, value) in new[] { ("total_allocated", published.TotalAllocated), ("funding_available", published.FundingAvailable), ("total", published.Total), ("summary_thousands", published.SummaryThousands) })
                if (value is not null) yield return ($"{at}.published.{name}", value);
            foreach (var ack in Acknowledged($"{at}.published.acknowledged", published.Acknowledged)) yield return ack;
        }
        if (paper.Summary.Published is { } summary)
        {
            if (summary.TotalThousands is { } total) yield return ("$.summary.published.total_thousands", total);
            foreach (var ack in Acknowledged("$.summary.published.acknowledged", summary.Acknowledged)) yield return ack;
        }
        for (var i = 0; i < paper.PublishedFigures.Count; i++)
        {
            yield return ($"$.published_figures[{i}].amount", paper.PublishedFigures[i].Amount);
            if (paper.PublishedFigures[i].Acknowledged?.Difference is { } difference) yield return ($"$.published_figures[{i}].acknowledged.difference", difference);
        }
    }
}
