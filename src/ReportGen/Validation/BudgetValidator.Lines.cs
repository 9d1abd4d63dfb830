using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>Every amount is a proper sum of money, every label says something, every id is unique.</summary>
    private static void CheckLines(Context c)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, id, label, amount) in AllLines(c.Paper))
        {
            CheckAmount(c, $"{path}.amount", amount);
            if (string.IsNullOrWhiteSpace(label))
                c.Error("RG0207", $"{path}.label", "the label is empty. Write the text the table should print.");
            if (id is null) continue;
            if (ids.TryGetValue(id, out var firstPath))
                c.Error("RG0204", $"{path}.id", $"line id '{id}' is already used at {firstPath}. Give each line its own id.");
            else
                ids[id] = path;
        }

        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var programme = c.Paper.Programmes[i];
            if (programme.Groups.Count == 0)
                c.Error("RG0206", $"{ProgrammePath(i)}.groups", $"programme '{programme.Name}' has no groups of lines. Add a group with at least one line.");
            for (var g = 0; g < programme.Groups.Count; g++)
                if (programme.Groups[g].Lines.Count == 0)
                    c.Error("RG0206", $"{ProgrammePath(i)}.groups[{g}].lines", $"a group in '{TableName(programme)}' has no lines. Add its lines or remove the group.");
        }
    }

    private static void CheckAmount(Context c, string path, decimal amount)
    {
        if (amount < 0)
            c.Error("RG0201", path, $"the amount {amount} is negative. Amounts are positive pounds; record money going out as a transfer out, not a negative line.");
        if (Money.DecimalPlaces(amount) > 2)
            c.Error("RG0202", path, $"the amount {amount} has more than 2 decimal places. Give pounds and pence at most (for example 1234.50).");
    }

    /// <summary>Every line of the paper with its JSON path, in file order.</summary>
    private static IEnumerable<(string Path, string? Id, string Label, decimal Amount)> AllLines(BudgetPaper paper)
    {
        for (var i = 0; i < paper.Programmes.Count; i++)
        {
            var p = paper.Programmes[i];
            var at = ProgrammePath(i);
            for (var g = 0; g < p.Groups.Count; g++)
                for (var l = 0; l < p.Groups[g].Lines.Count; l++)
                    yield return Line($"{at}.groups[{g}].lines[{l}]", p.Groups[g].Lines[l]);
            for (var k = 0; k < p.Funding.Count; k++) yield return Line($"{at}.funding[{k}]", p.Funding[k]);
            for (var k = 0; k < p.CarryForwards.Count; k++) yield return Line($"{at}.carry_forwards[{k}]", p.CarryForwards[k]);
            for (var k = 0; k < p.TransfersOut.Count; k++) yield return Line($"{at}.transfers_out[{k}]", p.TransfersOut[k]);
            for (var k = 0; k < p.TransfersIn.Count; k++) yield return Line($"{at}.transfers_in[{k}]", p.TransfersIn[k]);
            for (var k = 0; k < p.RingFenced.Count; k++)
            {
                yield return Line($"{at}.ring_fenced[{k}].allocation", p.RingFenced[k].Allocation);
                yield return Line($"{at}.ring_fenced[{k}].funding", p.RingFenced[k].Funding);
            }
        }
    }

    private static (string, string?, string, decimal) Line(string path, BudgetLine line) => (path, line.Id, line.Label, line.Amount);

    private static (string, string?, string, decimal) Line(string path, Transfer transfer) => (path, transfer.Id, transfer.Label, transfer.Amount);
}
