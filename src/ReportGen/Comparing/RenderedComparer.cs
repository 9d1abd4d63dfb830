using ReportGen.Documents;

namespace ReportGen.Comparing;

/// <summary>
/// Compares two rendered papers piece by piece — every heading, paragraph, list item and table cell, and the
/// facts the outputs print about themselves — so any change a reader would see is listed with where it is.
/// </summary>
public static class RenderedComparer
{
    /// <summary>The section of the report these changes go under.</summary>
    public const string Section = "Printed paper";

    /// <summary>Every printed difference, in the order of the new paper (removed pieces last).</summary>
    public static IReadOnlyList<PaperChange> Compare(Document old, Document updated)
    {
        var before = PrintedPaper.Of(old).ToDictionary(i => i.Where, i => i.Text, StringComparer.Ordinal);
        var after = PrintedPaper.Of(updated);
        var changes = new List<PaperChange>();
        foreach (var item in after)
        {
            if (!before.TryGetValue(item.Where, out var was))
                changes.Add(new(ChangeKind.Added, Section, item.Where, null, item.Text));
            else if (was != item.Text)
                changes.Add(new(ChangeKind.Changed, Section, item.Where, was, item.Text));
        }
        var now = after.Select(i => i.Where).ToHashSet(StringComparer.Ordinal);
        var oldItems = PrintedPaper.Of(old);
        foreach (var item in oldItems.Where(i => !now.Contains(i.Where)))
            changes.Add(new(ChangeKind.Removed, Section, item.Where, item.Text, null));
        changes.AddRange(Moved(oldItems, after));
        return changes;
    }

    // Pieces in both papers but in another order: those off the longest run kept in order have moved. A run of
    // moved pieces (a table, a row with its cells) is one move, reported at its first piece.
    private static IEnumerable<PaperChange> Moved(IReadOnlyList<PrintedItem> old, IReadOnlyList<PrintedItem> updated)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < updated.Count; i++) rank[updated[i].Where] = i;
        var common = old.Where(i => rank.ContainsKey(i.Where)).ToList();
        var kept = LongestIncreasing(common.Select(i => rank[i.Where]).ToArray());
        for (var i = 0; i < common.Count; i++)
        {
            if (kept.Contains(i)) continue;
            var first = i;
            while (i + 1 < common.Count && !kept.Contains(i + 1)) i++;
            var block = i - first;
            var newIndex = rank[common[first].Where];
            yield return new(ChangeKind.Changed, Section, common[first].Where,
                $"after {Place(common.Take(first))}",
                $"moved{(block > 0 ? $" with the {block} piece(s) after it" : "")}: now after {Place(updated.Take(newIndex))}");
        }
    }

    // The last piece before a point that is not a table cell: how a reader would say where something is.
    private static string Place(IEnumerable<PrintedItem> before) =>
        before.LastOrDefault(i => !i.Where.Contains(", column ", StringComparison.Ordinal))?.Where ?? "the start";

    // The indexes of one longest strictly increasing subsequence (patience sorting, O(n log n)).
    private static HashSet<int> LongestIncreasing(int[] values)
    {
        var tails = new List<int>();
        var previous = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i]) lo = mid + 1; else hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var result = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) result.Add(i);
        return result;
    }
}
