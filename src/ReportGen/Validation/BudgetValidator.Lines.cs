using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>What kind of line an amount is on, which decides whether it may be negative.</summary>
    private enum LineKind { Item, Funding, Carried, Drawdown, Transfer, RingFenced }

    /// <summary>Every amount is a proper sum of money in a declared column, every label says something, every id is unique.</summary>
    private static void CheckLines(Context c)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        void CheckId(string? id, string path)
        {
            if (id is null) return;
            if (ids.TryGetValue(id, out var firstPath))
                c.Error("RG0204", $"{path}.id", $"id '{id}' is already used at {firstPath}. Give each line and group its own id.");
            else
                ids[id] = path;
        }

        foreach (var (path, kind, id, label, amount, deduction, _) in AllLines(c.Paper))
        {
            CheckAmounts(c, $"{path}.amount", amount, kind, deduction);
            if (string.IsNullOrWhiteSpace(label))
                c.Error("RG0207", $"{path}.label", "the label is empty. Write the text the table should print.");
            CheckId(id, path);
        }

        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var programme = c.Paper.Programmes[i];
            if (programme.Groups.Count == 0)
                c.Error("RG0206", $"{ProgrammePath(i)}.groups", $"programme '{programme.Name}' has no groups of lines. Add a group with at least one line.");
            for (var g = 0; g < programme.Groups.Count; g++)
            {
                CheckId(programme.Groups[g].Id, $"{ProgrammePath(i)}.groups[{g}]");
                if (programme.Groups[g].Lines.Count == 0)
                    c.Error("RG0206", $"{ProgrammePath(i)}.groups[{g}].lines", $"a group in '{TableName(programme)}' has no lines. Add its lines or remove the group.");
            }
        }
    }

    private static void CheckAmounts(Context c, string path, Amounts amounts, LineKind kind, bool deduction)
    {
        if (!amounts.IsPlain && amounts.ByColumn.Length == 0)
            c.Error("RG0256", path, $"the line has no amount in any column. Give at least one, for example {{ \"{c.Columns.Main.Key}\": 1000 }}.");
        foreach (var (key, value) in amounts.Written())
        {
            var at = key is null ? path : $"{path}.{key}";
            if (key is not null && !CheckColumnKey(c, at, key)) continue;
            CheckAmount(c, at, value, kind, deduction);
        }
        if (deduction && kind is not (LineKind.Item or LineKind.Funding))
            c.Error("RG0255", JsonPathOfFlag(path), "only line items and funding lines can be deductions. Record money passed on as a transfer out.");
    }

    private const string TooLargeCode = "RG0208";

    private static bool CheckColumnKey(Context c, string path, string key)
    {
        // A broken declaration has been reported; amounts are checked against the keys it declares, not buried in errors.
        var declared = c.ColumnsResolved ? null : c.Paper.Columns?.FirstOrDefault(col => col.Key == key);
        var column = c.ColumnsResolved ? c.Columns.Find(key) : declared is null ? null : new ResolvedColumn(key, null, declared.Compute, -1, -1, -1);
        if (column is null)
        {
            var known = c.ColumnsResolved ? c.Columns.Stored.Select(s => s.Key).ToList()
                : c.Paper.Columns?.Where(col => col.Compute is null).Select(col => col.Key).Distinct().ToList() ?? [];
            if (known.Count == 0) known.Add(ColumnSet.DefaultKey);
            var near = known.OrderBy(k => EditDistance.Between(k, key)).First();
            var hint = EditDistance.Between(near, key) <= Math.Max(2, near.Length / 3) ? $" (did you mean '{near}'?)" : "";
            c.Error("RG0253", path, c.Paper.Columns is null
                ? $"'{key}' is not a column: this paper declares no columns, so an amount is a plain number. Write the amount alone, or declare 'columns'."
                : $"'{key}' is not one of the paper's columns{hint}. Columns with amounts: {string.Join(", ", known)}.");
            return false;
        }
        if (!column.IsStored)
        {
            c.Error("RG0254", path, $"'{key}' is a computed column ({(column.IsPercent ? "percentage change" : "difference")}): it is worked out from the others, never given. Remove this amount.");
            return false;
        }
        return true;
    }

    private static void CheckAmount(Context c, string path, decimal amount, LineKind kind, bool deduction)
    {
        if (Math.Abs(amount) > Money.Largest)
        {
            c.Error(TooLargeCode, path, $"the amount {amount} is too large: a line holds at most {MoneyFormat.Plain.Pounds(Money.Largest)} either way. Check for extra digits.");
            return;
        }
        if (Money.DecimalPlaces(amount) > 2)
            c.Error("RG0202", path, $"the amount {amount} has more than 2 decimal places. Give pounds and pence at most (for example 1234.50).");
        if (amount < 0 && !deduction)
            c.Error("RG0201", path, kind is LineKind.Item or LineKind.Funding
                ? $"the amount {amount} is negative. If this line reduces its total (a savings target, grant returned, a clawback), mark it \"deduction\": true; money passed on is a transfer out, not a negative line."
                : $"the amount {amount} is negative. Amounts here are positive pounds.");
        if (amount > 0 && deduction)
            c.Error("RG0255", path, $"the line is a deduction but its amount {amount} is positive. A deduction reduces its total: write it negative ({-amount}).");
    }

    private static string JsonPathOfFlag(string amountPath) => amountPath[..amountPath.LastIndexOf('.')] + ".deduction";

    /// <summary>One line of the paper with its JSON path; <paramref name="Line"/> is null for a transfer.</summary>
    /// <remarks>A class, not a tuple: Linq and iterators over a tuple of value types are compiled at run time by a framework-dependent build.</remarks>
    private sealed record LineRecord(string Path, LineKind Kind, string? Id, string Label, Amounts Amount, bool Deduction, BudgetLine? Line);

    /// <summary>Every line of the paper with its JSON path, in file order.</summary>
    private static IEnumerable<LineRecord> AllLines(BudgetPaper paper) => AllLineRecords(paper);

    private static IEnumerable<LineRecord> AllLineRecords(BudgetPaper paper)
    {
        for (var i = 0; i < paper.Programmes.Count; i++)
        {
            var p = paper.Programmes[i];
            var at = ProgrammePath(i);
            for (var g = 0; g < p.Groups.Count; g++)
                for (var l = 0; l < p.Groups[g].Lines.Count; l++)
                    yield return Line($"{at}.groups[{g}].lines[{l}]", LineKind.Item, p.Groups[g].Lines[l]);
            for (var k = 0; k < p.Funding.Count; k++) yield return Line($"{at}.funding[{k}]", LineKind.Funding, p.Funding[k]);
            for (var k = 0; k < p.CarryForwards.Count; k++) yield return Line($"{at}.carry_forwards[{k}]", LineKind.Carried, p.CarryForwards[k]);
            for (var k = 0; k < p.Drawdowns.Count; k++) yield return Line($"{at}.drawdowns[{k}]", LineKind.Drawdown, p.Drawdowns[k]);
            for (var k = 0; k < p.TransfersOut.Count; k++) yield return Line($"{at}.transfers_out[{k}]", p.TransfersOut[k]);
            for (var k = 0; k < p.TransfersIn.Count; k++) yield return Line($"{at}.transfers_in[{k}]", p.TransfersIn[k]);
            for (var k = 0; k < p.RingFenced.Count; k++)
            {
                yield return Line($"{at}.ring_fenced[{k}].allocation", LineKind.RingFenced, p.RingFenced[k].Allocation);
                yield return Line($"{at}.ring_fenced[{k}].funding", LineKind.RingFenced, p.RingFenced[k].Funding);
            }
        }
    }

    private static LineRecord Line(string path, LineKind kind, BudgetLine line) =>
        new(path, kind, line.Id, line.Label, line.Amount, line.Deduction, line);

    private static LineRecord Line(string path, Transfer transfer) =>
        new(path, LineKind.Transfer, transfer.Id, transfer.Label, transfer.Amount, false, null);
}
