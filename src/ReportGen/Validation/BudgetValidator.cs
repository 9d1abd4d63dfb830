using ReportGen.Diagnostics;
using ReportGen.Model;

namespace ReportGen.Validation;

/// <summary>
/// Checks a loaded paper's meaning: amounts, ids, transfers, balances and published figures.
/// Every check runs, so one run reports every problem.
/// </summary>
public static partial class BudgetValidator
{
    /// <summary>Validates <paramref name="paper"/>; <paramref name="locate"/> turns a JSON path into a location.</summary>
    public static void Validate(BudgetPaper paper, Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var context = new Context(paper, locate, diagnostics);
        CheckProgrammeList(context);
        CheckLines(context);
        CheckTransfers(context);
        CheckBalances(context);
        CheckPublishedFigures(context);
        CheckRounding(context);
    }

    private sealed record Context(BudgetPaper Paper, Func<string, SourceLocation> Locate, DiagnosticBag Diagnostics)
    {
        public void Error(string code, string path, string message) => Diagnostics.Error(code, Locate(path), message);
        public void Warning(string code, string path, string message) => Diagnostics.Warning(code, Locate(path), message);
    }

    private static string ProgrammePath(int index) => $"$.programmes[{index}]";

    private static string TableName(Programme programme) => programme.Appendix.Heading ?? programme.Name;

    private static void CheckProgrammeList(Context c)
    {
        if (c.Paper.Programmes.Count == 0)
            c.Error("RG0205", "$.programmes", "the paper has no programmes. Add at least one to 'programmes'.");

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var id = c.Paper.Programmes[i].Id;
            if (seen.TryGetValue(id, out var first))
                c.Error("RG0203", $"{ProgrammePath(i)}.id",
                    $"programme id '{id}' is already used by programmes[{first}]. Give each programme its own id.");
            else
                seen[id] = i;
        }
    }
}
