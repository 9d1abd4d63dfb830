using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Comparing;

/// <summary>
/// Compares two versions of a paper's data: the report's details, each programme's lines (matched by id,
/// else by label) and computed totals, the funding summary total, and the year's wording.
/// </summary>
public static class PaperComparer
{
    /// <summary>Every difference between <paramref name="old"/> and <paramref name="updated"/>, in paper order.</summary>
    public static IReadOnlyList<PaperChange> Compare(BudgetPaper old, BudgetPaper updated)
    {
        var changes = new List<PaperChange>();
        Value(changes, "Report", "Version", old.Report.Version, updated.Report.Version);
        Value(changes, "Report", "Status", old.Report.Status.ToString(), updated.Report.Status.ToString());
        Value(changes, "Report", "Title", old.Report.Title, updated.Report.Title);
        Value(changes, "Report", "Meeting date", BritishDate.Format(old.Meeting.Date), BritishDate.Format(updated.Meeting.Date));
        foreach (var amendment in updated.Report.Amendments.Where(a => !old.Report.Amendments.Any(o => o.Version == a.Version)))
            changes.Add(new(ChangeKind.Added, "Report", $"Amendment {amendment.Version} ({BritishDate.Format(amendment.Date)})", null, amendment.Description));

        foreach (var programme in updated.Programmes)
        {
            var before = old.FindProgramme(programme.Id);
            if (before is null) { changes.Add(new(ChangeKind.Added, programme.Name, "Programme", null, Money.Pounds(programme.Total), programme.Id)); continue; }
            Lines(changes, programme.Name, Lines(before), Lines(programme));
            Value(changes, programme.Name, "Total allocated", before.TotalAllocated, programme.TotalAllocated);
            Value(changes, programme.Name, "Funding available", before.FundingAvailable, programme.FundingAvailable);
            Value(changes, programme.Name, "Total", before.Total, programme.Total);
        }
        foreach (var removed in old.Programmes.Where(p => updated.FindProgramme(p.Id) is null))
            changes.Add(new(ChangeKind.Removed, removed.Name, "Programme", Money.Pounds(removed.Total), null, removed.Id));

        if (old.TotalThousands != updated.TotalThousands)
            changes.Add(new(ChangeKind.Changed, "Funding summary", "Total (£000s)", Money.Number(old.TotalThousands), Money.Number(updated.TotalThousands)));
        foreach (var key in old.Wording.Keys.Union(updated.Wording.Keys).Order(StringComparer.Ordinal))
            Value(changes, "Wording", key, old.Wording.GetValueOrDefault(key), updated.Wording.GetValueOrDefault(key));
        return changes;
    }

    private sealed record Entry(string Key, string? Id, string Label, decimal Amount);

    // Every line of a programme, typed by what it is, so that an item and a funding line never match.
    private static List<Entry> Lines(Programme p)
    {
        Entry Of(string kind, string? id, string label, decimal amount) => new(id ?? $"{kind}:{label}", id, label, amount);
        return
        [
            .. p.Items.Select(l => Of("item", l.Id, l.DisplayLabel, l.Amount)),
            .. p.Funding.Select(l => Of("funding", l.Id, l.DisplayLabel, l.Amount)),
            .. p.TransfersOut.Select(t => Of("out", t.Id, t.DisplayLabel, t.Amount)),
            .. p.TransfersIn.Select(t => Of("in", t.Id, t.DisplayLabel, t.Amount)),
            .. p.CarryForwards.Select(l => Of("carried", l.Id, l.DisplayLabel, l.Amount)),
            .. p.RingFenced.SelectMany(r => new[] { Of("ring", r.Allocation.Id, r.Allocation.DisplayLabel, r.Allocation.Amount), Of("ring", r.Funding.Id, r.Funding.DisplayLabel, r.Funding.Amount) }),
        ];
    }

    private static void Lines(List<PaperChange> changes, string section, List<Entry> before, List<Entry> after)
    {
        var old = before.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var current = after.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var line in after)
        {
            if (!old.TryGetValue(line.Key, out var was))
                changes.Add(new(ChangeKind.Added, section, line.Label, null, Money.Pounds(line.Amount), line.Id));
            else
            {
                if (was.Label != line.Label) changes.Add(new(ChangeKind.Changed, section, "Label", was.Label, line.Label, line.Id));
                if (was.Amount != line.Amount)
                    changes.Add(new(ChangeKind.Changed, section, line.Label, Money.Pounds(was.Amount), $"{Money.Pounds(line.Amount)} ({Signed(line.Amount - was.Amount)})", line.Id));
            }
        }
        foreach (var gone in before.Where(e => !current.Contains(e.Key)))
            changes.Add(new(ChangeKind.Removed, section, gone.Label, Money.Pounds(gone.Amount), null, gone.Id));
    }

    private static void Value(List<PaperChange> changes, string section, string subject, decimal old, decimal updated)
    {
        if (old != updated)
            changes.Add(new(ChangeKind.Changed, section, subject, Money.Pounds(old), $"{Money.Pounds(updated)} ({Signed(updated - old)})"));
    }

    private static void Value(List<PaperChange> changes, string section, string subject, string? old, string? updated)
    {
        if (old == updated) return;
        var kind = old is null ? ChangeKind.Added : updated is null ? ChangeKind.Removed : ChangeKind.Changed;
        changes.Add(new(kind, section, subject, old, updated));
    }

    private static string Signed(decimal difference) => (difference > 0 ? "+" : "") + Money.Pounds(difference);
}
