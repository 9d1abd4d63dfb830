using ReportGen.Model;

namespace ReportGen.Workbooks;

/// <summary>
/// The name of each programme's sheet: the programme's name as Excel allows a sheet to be named — at most 31
/// characters, none of <c>[ ] : * ? / \</c>, no apostrophe at either end, unique whatever the case, and none of
/// the workbook's own sheets. The export names the sheets and the import finds them by the same rule.
/// </summary>
public static class WorkbookSheets
{
    /// <summary>The longest sheet name Excel accepts.</summary>
    public const int MaxLength = 31;

    /// <summary>Each programme's sheet name, in paper order.</summary>
    public static IReadOnlyList<string> ProgrammeNames(BudgetPaper paper)
    {
        var taken = new HashSet<string>([WorkbookLayout.SummarySheet, WorkbookLayout.FundingSheet, WorkbookLayout.TransfersSheet, "History"],
            StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var programme in paper.Programmes)
        {
            var stem = Clean(programme.Name) is { Length: > 0 } byName ? byName : Clean(programme.Id) is { Length: > 0 } byId ? byId : "Programme";
            var name = stem;
            for (var n = 2; !taken.Add(name); n++)
            {
                var suffix = $" ({n})";
                name = Clean(stem[..Math.Min(stem.Length, MaxLength - suffix.Length)]) + suffix;
            }
            names.Add(name);
        }
        return names;
    }

    private static string Clean(string name)
    {
        var kept = string.Concat(Writers.SafeText.Replace(name).Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? ' ' : c));
        kept = string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('\'', ' ');
        if (kept.Length > MaxLength) kept = kept[..MaxLength].TrimEnd().TrimEnd('\'');
        // A lone high surrogate left by the cut would make the name unreadable.
        return kept.Length > 0 && char.IsHighSurrogate(kept[^1]) ? kept[..^1] : kept;
    }
}
