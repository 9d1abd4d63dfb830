using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>
    /// Compares every figure the published paper printed — table totals, the funding summary, figures quoted in
    /// prose — with the computed one, column by column. A difference is an error, or a warning when the data
    /// acknowledges exactly that difference with a reason; the generated paper prints the computed figure.
    /// </summary>
    private static void CheckPublishedFigures(Context c)
    {
        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var p = c.Paper.Programmes[i];
            var f = c.Figures.Programmes[i];
            var at = ProgrammePath(i);
            for (var g = 0; g < p.Groups.Count; g++)
            {
                var group = p.Groups[g];
                var name = group.SubtotalLabel ?? group.Heading ?? "sub-total";
                Compare(c, $"{at}.groups[{g}].published_subtotal", $"{TableName(p)}: '{name}'", group.PublishedSubtotal, f.Subtotals[g],
                    group.AcknowledgedDifference, $"{at}.groups[{g}].acknowledged_difference", FigureUnit.Pounds);
            }
            if (p.Published is not { } published) continue;
            var pub = $"{at}.published";
            void Check(string figure, string label, Amounts? printed, ColumnValues computed, FigureUnit unit) =>
                Compare(c, $"{pub}.{figure}", label, printed, computed, published.Acknowledged.GetValueOrDefault(figure), $"{pub}.acknowledged.{figure}", unit);
            Check("total_allocated", $"{TableName(p)}: '{p.Appendix.TotalAllocatedLabel ?? "total allocated"}'", published.TotalAllocated, f.TotalAllocated, FigureUnit.Pounds);
            Check("funding_available", $"{TableName(p)}: '{p.Appendix.FundingAvailableLabel ?? "funding available"}'", published.FundingAvailable, f.FundingAvailable, FigureUnit.Pounds);
            Check("total", $"{TableName(p)}: '{p.Appendix.TotalLabel ?? "total"}'", published.Total, f.Total, FigureUnit.Pounds);
            Check("summary_thousands", $"funding summary: '{p.Name}' £000s", published.SummaryThousands, f.Thousands, FigureUnit.Thousands);
            CheckAcknowledgedNames(c, pub, published.Acknowledged.Keys, "total_allocated", "funding_available", "total", "summary_thousands");
        }

        if (c.Paper.Summary.Published is { } summary)
        {
            Compare(c, "$.summary.published.total_thousands", $"funding summary: '{c.Paper.Summary.TotalLabel}' £000s", summary.TotalThousands,
                c.Figures.TotalThousands, summary.Acknowledged.GetValueOrDefault("total_thousands"), "$.summary.published.acknowledged.total_thousands", FigureUnit.Thousands);
            CheckAcknowledgedNames(c, "$.summary.published", summary.Acknowledged.Keys, "total_thousands");
        }

        for (var i = 0; i < c.Paper.PublishedFigures.Count; i++)
        {
            var quoted = c.Paper.PublishedFigures[i];
            var at = $"$.published_figures[{i}]";
            if (quoted.Figure.Contains('@'))
            {
                c.Error("RG0258", $"{at}.figure", $"'{quoted.Figure}': name the figure without a column, and give the published amount per column in 'amount' ({{ \"{c.Columns.Main.Key}\": … }}).");
                continue;
            }
            if (!c.Figures.Named.TryFind(quoted.Figure, out var figure, out _))
            {
                c.Error("RG0258", $"{at}.figure",
                    $"there is no figure named '{quoted.Figure}'. Nearest: {string.Join(", ", c.Figures.Named.Nearest(quoted.Figure, 3))}. The README lists the names.");
                continue;
            }
            Compare(c, $"{at}.amount", $"the published figure '{quoted.Figure}'", quoted.Amount, figure.Values, quoted.Acknowledged, $"{at}.acknowledged", figure.Unit);
        }
    }

    private static void Compare(Context c, string path, string figure, Amounts? published, ColumnValues computed,
        Acknowledgement? acknowledgement, string acknowledgementPath, FigureUnit unit)
    {
        string Show(decimal? value) => value is not { } v ? "nothing" : unit == FigureUnit.Pounds ? MoneyFormat.Plain.Pounds(v) : MoneyFormat.Plain.Number(v);
        if (published is null)
        {
            if (acknowledgement is not null)
                c.Warning("RG0232", acknowledgementPath, $"{figure} has an acknowledged difference but no published figure. Remove the acknowledgement.");
            return;
        }
        var printed = ColumnValues.Of(published, c.Columns);
        var differing = c.Columns.Stored.Where(col => printed[col.Index] is { } p && p != computed[col.Index]).ToList();
        if (differing.Count == 0)
        {
            if (acknowledgement is not null)
                c.Warning("RG0232", acknowledgementPath, $"{figure}: the published figure now equals the computed one, so the acknowledged difference is stale. Remove the acknowledgement.");
            return;
        }
        var difference = printed.Minus(computed);
        foreach (var column in differing)
        {
            var text = $"{figure} is published as {Show(printed[column.Index])}{c.In(column)} but its lines add up to {Show(computed[column.Index])} " +
                       $"(difference {Show(difference[column.Index])}). The generated paper prints {Show(computed[column.Index])}.";
            if (acknowledgement is null)
                c.Error("RG0230", path, $"{text} Correct the figure or the lines; if the published paper really printed this, acknowledge the difference: " +
                    $"\"acknowledged\": {{ \"difference\": {Json(c, Only(difference, differing))}, \"reason\": \"…\" }}.");
        }
        if (acknowledgement is null) return;
        var covered = CheckAcknowledgedDifference(c, acknowledgementPath, acknowledgement, Only(difference, differing), (column, stated, actual) =>
            c.Error("RG0235", acknowledgementPath,
                $"{figure}{c.In(column)}: published minus computed is {Show(actual)}, but the acknowledgement states {Show(stated)}. " +
                "An acknowledgement covers the difference it states and no other: correct the lines, or restate the difference if this one is intended."));
        if (covered)
            foreach (var column in differing)
                c.Warning("RG0231", path,
                    $"{figure} is published as {Show(printed[column.Index])}{c.In(column)} but its lines add up to {Show(computed[column.Index])} (difference {Show(difference[column.Index])}). " +
                    $"The generated paper prints {Show(computed[column.Index])} and notes the correction. Acknowledged: {acknowledgement.Reason}");
    }

    // The differences in the columns that differ, nothing elsewhere: what an acknowledgement must state.
    private static ColumnValues Only(ColumnValues values, IReadOnlyList<ResolvedColumn> columns) =>
        values.Only(columns.Select(col => col.Index));

    private static void CheckAcknowledgedNames(Context c, string path, IEnumerable<string> names, params string[] allowed)
    {
        foreach (var name in names.Where(n => !allowed.Contains(n)))
            c.Error("RG0233", $"{path}.acknowledged.{name}",
                $"'{name}' is not a published figure here, so there is nothing to acknowledge. Use one of: {string.Join(", ", allowed)}.");
    }

    /// <summary>Rounded £000s rows that do not add up to the rounded total need a rounding note in the paper.</summary>
    private static void CheckRounding(Context c)
    {
        if (c.Paper.Programmes.Count == 0 || !c.Figures.NeedsRoundingNote) return;
        foreach (var column in c.Columns.Stored.Where(col => c.Figures.SumOfRoundedRows[col.Index] != c.Figures.TotalThousands[col.Index]))
            c.Warning("RG0240", "$.programmes",
                $"the funding summary's rounded £000s rows add up to {MoneyFormat.Plain.Number(c.Figures.SumOfRoundedRows[column.Index] ?? 0)}{c.In(column)} " +
                $"but the rounded total is {MoneyFormat.Plain.Number(c.Figures.TotalThousands[column.Index] ?? 0)}. The paper prints a note that figures may not sum because of rounding.");
    }
}
