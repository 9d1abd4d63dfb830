using System.Text;

namespace ReportGen.Comparing;

/// <summary>The changes between two versions as plain text, grouped by section, for an amendment note.</summary>
public static class ChangeReport
{
    /// <summary>One line a change, under a heading per section; "No changes." when there are none.</summary>
    public static string Write(IReadOnlyList<PaperChange> changes)
    {
        if (changes.Count == 0) return "No changes.\n";
        var text = new StringBuilder();
        foreach (var section in changes.GroupBy(c => c.Section))
        {
            text.Append(section.Key).Append('\n');
            foreach (var change in section)
            {
                var what = change.Kind switch
                {
                    ChangeKind.Added => $"added    {change.Subject}: {change.New}",
                    ChangeKind.Removed => $"removed  {change.Subject}: {change.Old}",
                    _ => $"changed  {change.Subject}: {change.Old} → {change.New}",
                };
                text.Append("  ").Append(what);
                if (change.Id is not null) text.Append("  [").Append(change.Id).Append(']');
                text.Append('\n');
            }
        }
        return text.ToString();
    }
}
