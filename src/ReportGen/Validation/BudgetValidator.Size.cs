using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>The most lines (of every kind: items, funding, transfers, carry-forwards, drawdowns, ring-fenced) a paper may have.</summary>
    public const int MostLines = 25_000;

    /// <summary>The most amount cells (lines × the columns a table prints) a paper may have.</summary>
    public const int MostAmountCells = 100_000;

    /// <summary>The most entries in each of the paper's other lists: programmes, groups, Plan objectives, amendments.</summary>
    public const int MostListEntries = 1_000;

    /// <summary>The longest wording entry or Plan objective, in characters: a whole board paper is about 30,000.</summary>
    public const int LongestText = 100_000;

    private const string TooBigCode = "RG0263";

    /// <summary>
    /// The largest paper ReportGen builds, stated rather than discovered: memory grows with every line a paper
    /// prints (about 10 KB a line through templates, layout and three writers), so these bounds keep any build of a
    /// data file under the 10 MB limit well under 500 MB — and are still five times the largest real budget paper.
    /// </summary>
    private static void CheckSize(Context c)
    {
        var programmes = c.Paper.Programmes;
        var lines = AllLines(c.Paper).Count();
        if (lines > MostLines)
            c.Error(TooBigCode, "$.programmes",
                $"the paper has {lines:N0} lines; ReportGen builds papers of up to {MostLines:N0}. Split it into several papers.");
        else if ((long)lines * c.Columns.All.Length > MostAmountCells)
            c.Error(TooBigCode, "$.columns",
                $"the paper's tables would hold {(long)lines * c.Columns.All.Length:N0} amounts ({lines:N0} lines × {c.Columns.All.Length} columns); ReportGen builds papers of up to {MostAmountCells:N0}. Drop a column or split the paper.");
        TooMany(c, "$.programmes", "programmes", programmes.Count);
        TooMany(c, "$.programmes", "groups of lines", programmes.Sum(p => p.Groups.Count));
        TooMany(c, "$.plan.objectives", "Plan objectives", c.Paper.Plan?.Objectives.Count ?? 0);
        TooMany(c, "$.report.amendments", "amendments", c.Paper.Report.Amendments.Count);
        // One long value costs as much as many lines: each of its line breaks is a line to lay out.
        foreach (var (name, text) in c.Paper.Wording)
            TooLong(c, $"$.wording.{name}", text);
        var objectives = c.Paper.Plan?.Objectives ?? [];
        for (var i = 0; i < objectives.Count; i++)
            TooLong(c, $"$.plan.objectives[{i}]", objectives[i]);
    }

    private static void TooLong(Context c, string path, string text)
    {
        if (text.Length > LongestText)
            c.Error(TooBigCode, path, $"this text is {text.Length:N0} characters long; ReportGen prints entries of up to {LongestText:N0} (a whole board paper is about 30,000). Check that the right text was pasted.");
    }

    private static void TooMany(Context c, string path, string what, int count)
    {
        if (count > MostListEntries)
            c.Error(TooBigCode, path, $"the paper has {count:N0} {what}; ReportGen builds papers with up to {MostListEntries:N0}.");
    }
}
