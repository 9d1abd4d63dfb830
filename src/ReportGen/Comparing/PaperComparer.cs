using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Comparing;

/// <summary>
/// Compares the figures of two versions of a paper: each programme's lines (matched by id, else by label) and the
/// computed totals they move, in every column, and the funding summary total; the version and new amendments head
/// the report. Every other field is <see cref="DataComparer"/>'s, and what a reader sees <see cref="RenderedComparer"/>'s.
/// </summary>
public static class PaperComparer
{
    private static readonly MoneyFormat Format = MoneyFormat.Plain;

    /// <summary>Every difference between <paramref name="old"/> and <paramref name="updated"/>, in paper order.</summary>
    public static IReadOnlyList<PaperChange> Compare(PaperFigures old, PaperFigures updated)
    {
        var changes = new List<PaperChange>();
        var (before, after) = (old.Paper, updated.Paper);
        Value(changes, "Report", "Version", before.Report.Version, after.Report.Version);
        foreach (var amendment in after.Report.Amendments.Where(a => !before.Report.Amendments.Any(o => o.Version == a.Version)))
            changes.Add(new(ChangeKind.Added, "Report", $"Amendment {amendment.Version} ({BritishDate.Format(amendment.Date)})", null, amendment.Description));

        var columns = new ColumnPairs(old.Columns, updated.Columns);
        foreach (var programme in updated.Programmes)
        {
            var p = programme.Programme;
            var was = old.Of(p.Id);
            if (was is null)
            {
                changes.Add(new(ChangeKind.Added, p.Name, "Programme", null, columns.Show(programme.Total, after: true), p.Id));
                continue;
            }
            Lines(changes, p.Name, Lines(was.Programme, old.Columns), Lines(p, updated.Columns), columns);
            Values(changes, p.Name, "Total allocated", was.TotalAllocated, programme.TotalAllocated, columns);
            Values(changes, p.Name, "Funding available", was.FundingAvailable, programme.FundingAvailable, columns);
            Values(changes, p.Name, "Total", was.Total, programme.Total, columns);
        }
        foreach (var removed in old.Programmes.Where(p => updated.Of(p.Programme.Id) is null))
            changes.Add(new(ChangeKind.Removed, removed.Programme.Name, "Programme", columns.Show(removed.Total, after: false), null, removed.Programme.Id));

        Values(changes, "Funding summary", "Total (£000s)", old.TotalThousands, updated.TotalThousands, columns, thousands: true);
        return changes;
    }

    private sealed record Entry(string Key, string? Id, string Label, ColumnValues Amounts);

    // Every line of a programme, typed by what it is, so that an item and a funding line never match.
    private static List<Entry> Lines(Programme p, ColumnSet columns)
    {
        Entry Of(string kind, string? id, string label, Amounts amount) => new(id ?? $"{kind}:{label}", id, label, ColumnValues.Of(amount, columns));
        return
        [
            .. p.Items.Select(l => Of("item", l.Id, l.Label, l.Amount)),
            .. p.Funding.Select(l => Of("funding", l.Id, l.Label, l.Amount)),
            .. p.TransfersOut.Select(t => Of("out", t.Id, t.Label, t.Amount)),
            .. p.TransfersIn.Select(t => Of("in", t.Id, t.Label, t.Amount)),
            .. p.CarryForwards.Select(l => Of("carried", l.Id, l.Label, l.Amount)),
            .. p.Drawdowns.Select(l => Of("drawdown", l.Id, l.Label, l.Amount)),
            .. p.RingFenced.SelectMany(r => new[] { Of("ring", r.Allocation.Id, r.Allocation.Label, r.Allocation.Amount), Of("ring", r.Funding.Id, r.Funding.Label, r.Funding.Amount) }),
        ];
    }

    private static void Lines(List<PaperChange> changes, string section, List<Entry> before, List<Entry> after, ColumnPairs columns)
    {
        var old = before.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var line in after)
        {
            if (!old.TryGetValue(line.Key, out var was))
            {
                changes.Add(new(ChangeKind.Added, section, line.Label, null, columns.Show(line.Amounts, after: true), line.Id));
                continue;
            }
            if (was.Label != line.Label) changes.Add(new(ChangeKind.Changed, section, "Label", was.Label, line.Label, line.Id));
            Values(changes, section, line.Label, was.Amounts, line.Amounts, columns, id: line.Id);
        }
        foreach (var gone in before.Where(e => !current.Contains(e.Key)))
            changes.Add(new(ChangeKind.Removed, section, gone.Label, columns.Show(gone.Amounts, after: false), null, gone.Id));
    }

    // One change per column whose figure moved, named by the column when the paper has several.
    private static void Values(List<PaperChange> changes, string section, string subject, ColumnValues old, ColumnValues updated,
        ColumnPairs columns, bool thousands = false, string? id = null)
    {
        foreach (var (key, before, after) in columns.Pairs(old, updated))
        {
            if (before == after) continue;
            string Show(decimal? v) => v is not { } x ? MoneyFormat.Missing : thousands ? Format.Number(x) : Format.Pounds(x);
            var name = columns.Several ? $"{subject} [{key}]" : subject;
            var delta = (after ?? 0) - (before ?? 0);
            changes.Add(new(ChangeKind.Changed, section, name, Show(before), $"{Show(after)} ({(delta > 0 ? "+" : "")}{Show(delta)})", id));
        }
    }

    private static void Value(List<PaperChange> changes, string section, string subject, string? old, string? updated)
    {
        if (old == updated) return;
        var kind = old is null ? ChangeKind.Added : updated is null ? ChangeKind.Removed : ChangeKind.Changed;
        changes.Add(new(kind, section, subject, old, updated));
    }

    /// <summary>The stored columns of two versions, matched by key (a column in one version only compares with nothing).</summary>
    private sealed class ColumnPairs(ColumnSet old, ColumnSet updated)
    {
        private readonly string[] keys = [.. old.Stored.Select(c => Key(c, old)).Union(updated.Stored.Select(c => Key(c, updated)))];

        public bool Several => keys.Length > 1;

        // A one-column paper's column is its main column, whatever it is called.
        private static string Key(ResolvedColumn column, ColumnSet set) => set.Stored.Length == 1 ? "main" : column.Key;

        private static decimal? In(ColumnValues values, ColumnSet set, string key) =>
            set.Stored.FirstOrDefault(c => Key(c, set) == key) is { } column ? values[column.Index] : null;

        public IEnumerable<(string Key, decimal? Old, decimal? New)> Pairs(ColumnValues before, ColumnValues after) =>
            keys.Select(k => (k, In(before, old, k), In(after, updated, k)));

        public string Show(ColumnValues values, bool after)
        {
            var set = after ? updated : old;
            string One(decimal? v) => v is { } x ? Format.Pounds(x) : MoneyFormat.Missing;
            return set.Stored.Length == 1 ? One(values[0]) : string.Join(", ", set.Stored.Select(c => $"{c.Key} {One(values[c.Index])}"));
        }
    }
}
