using System.Globalization;
using ReportGen.Figures;
using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>
    /// An acknowledgement states the difference it accepts, in every column where there is one. Reports each column
    /// where the actual difference is another (through <paramref name="differs"/>), or, for an old reason-only
    /// acknowledgement, exactly what to write instead (RG0234).
    /// </summary>
    /// <returns>True when the acknowledgement covers exactly the actual difference.</returns>
    private static bool CheckAcknowledgedDifference(Context c, string path, Acknowledgement acknowledged, ColumnValues actual,
        Action<ResolvedColumn, decimal, decimal> differs)
    {
        if (acknowledged.Difference is not { } stated)
        {
            c.Error("RG0234", path,
                $"an acknowledgement now states the difference it accepts as well as why. Write {{ \"difference\": {Json(c, actual)}, \"reason\": \"{acknowledged.Reason.Replace("\"", "\\\"", StringComparison.Ordinal)}\" }}.");
            return false;
        }
        var expected = ColumnValues.Of(stated, c.Columns);
        var covered = true;
        foreach (var column in c.Columns.Stored.Where(col => (expected[col.Index] ?? 0) != (actual[col.Index] ?? 0)))
        {
            differs(column, expected[column.Index] ?? 0, actual[column.Index] ?? 0);
            covered = false;
        }
        return covered;
    }

    // The JSON to write: a plain number for a one-column paper, else one per column that has a value.
    private static string Json(Context c, ColumnValues values)
    {
        static string Number(decimal v) => v.ToString(CultureInfo.InvariantCulture);
        if (c.Columns.Stored.Length == 1) return Number(values[0] ?? 0);
        return "{ " + string.Join(", ", c.Columns.Stored.Where(col => values[col.Index] is not null)
            .Select(col => $"\"{col.Key}\": {Number(values[col.Index]!.Value)}")) + " }";
    }
}
