using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Model;

namespace ReportGen.Validation;

/// <summary>
/// Checks a loaded paper's meaning: columns, amounts, ids, dates, transfers, balances and published figures, in
/// every column. Every check runs, so one run reports every problem; the figures are computed once the amounts
/// are sound, and returned for the rest of the pipeline.
/// </summary>
public static partial class BudgetValidator
{
    /// <summary>Validates <paramref name="paper"/>; <paramref name="locate"/> turns a JSON path into a location.</summary>
    /// <returns>The paper's figures, or null when its columns or amounts are too broken to add up.</returns>
    public static PaperFigures? Validate(BudgetPaper paper, Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        var columns = ColumnSet.Resolve(paper, (path, code, message) => diagnostics.Error(code, locate(path), message));
        var context = new Context(paper, columns ?? ColumnSet.Single, locate, diagnostics) { ColumnsResolved = columns is not null };
        CheckProgrammeList(context);
        CheckSize(context);
        CheckDates(context);
        CheckYears(context);
        CheckExemptions(context);
        CheckLines(context);
        CheckPublishedBounds(context);
        // Figures can be computed from amounts that are wrong in other ways (negative, too precise), so every
        // arithmetic check still runs; only amounts too large to add up safely, or unusable columns, stop them.
        if (columns is null || diagnostics.Items.Any(d => d.Code == TooLargeCode)) return null;

        var figures = PaperFigures.Compute(paper, columns);
        var withFigures = context with { Figures = figures };
        CheckTransfers(withFigures);
        CheckBalances(withFigures);
        CheckPublishedFigures(withFigures);
        CheckRounding(withFigures);
        return figures;
    }

    private sealed record Context(BudgetPaper Paper, ColumnSet Columns, Func<string, SourceLocation> Locate, DiagnosticBag Diagnostics)
    {
        public PaperFigures Figures { get; init; } = null!;
        /// <summary>False when the column declaration has errors: amounts are then checked only against the keys it declares.</summary>
        public bool ColumnsResolved { get; init; }
        public void Error(string code, string path, string message) => Diagnostics.Error(code, Locate(path), message);
        public void Warning(string code, string path, string message) => Diagnostics.Warning(code, Locate(path), message);

        /// <summary>" in 2021/22" for a paper with several columns; nothing for a one-column paper.</summary>
        public string In(ResolvedColumn column) =>
            Columns.Stored.Length == 1 && Columns.All.Length == 1 ? "" : $" in column '{column.Key}'{(column.Heading is { } h && h != column.Key ? $" ({h})" : "")}";
    }

    private static string ProgrammePath(int index) => $"$.programmes[{index}]";

    private static string TableName(Programme programme) => programme.Appendix.Heading ?? programme.Name;

    private static void CheckProgrammeList(Context c)
    {
        if (c.Paper.Programmes.Count == 0)
            c.Error("RG0205", "$.programmes", "the paper has no programmes. Add at least one to 'programmes'.");
        // Every output is named by the title (the PDF's window, the web page's <title>, the DOCX's properties).
        if (string.IsNullOrWhiteSpace(c.Paper.Report.Title))
            c.Error("RG0207", "$.report.title", "the paper's title is empty. Write the title the paper is published under.");

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
