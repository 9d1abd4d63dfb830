using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    private static string Pounds(decimal? value) => value is { } v ? MoneyFormat.Plain.Pounds(v) : "nothing";

    /// <summary>What one programme passes to another must be what the other records receiving, in every column, and the reverse.</summary>
    private static void CheckTransfers(Context c)
    {
        var programmes = c.Paper.Programmes;
        var width = c.Columns.Stored.Length;
        ColumnValues Sum(IEnumerable<Transfer> transfers) => ColumnValues.SumOf(transfers.Select(t => t.Amount), c.Columns);

        for (var i = 0; i < programmes.Count; i++)
        {
            var self = programmes[i];
            // Transfers out, taken per receiving programme: their sum must equal the receiver's transfers in from us.
            foreach (var toOne in ByReceiver(self.TransfersOut))
            {
                var first = self.TransfersOut[toOne.First];
                var firstPath = $"{ProgrammePath(i)}.transfers_out[{toOne.First}]";
                var receiver = CheckCounterpart(c, self, first, $"{firstPath}.programme");
                if (receiver is null) continue;
                var received = receiver.TransfersIn.Where(t => t.Programme == self.Id).ToList();
                if (received.Count == 0)
                {
                    c.Error("RG0210", firstPath,
                        $"'{self.Name}' transfers {Pounds(Sum(toOne.Transfers)[c.Columns.Main.Index])} to '{receiver.Name}', which records no transfer in from '{self.Id}'. Add the matching line to {receiver.Id}'s transfers_in.");
                    continue;
                }
                var sent = Sum(toOne.Transfers);
                var got = Sum(received);
                foreach (var column in c.Columns.Stored.Where(col => sent[col.Index] != got[col.Index]))
                    c.Error("RG0211", firstPath,
                        $"'{self.Name}' transfers {Pounds(sent[column.Index])} to '{receiver.Name}'{c.In(column)}, but '{receiver.Name}' records {Pounds(got[column.Index])} in " +
                        $"(difference {Pounds((sent[column.Index] ?? 0) - (got[column.Index] ?? 0))}). Make the two sides equal.");
            }
            for (var k = 0; k < self.TransfersIn.Count; k++)
            {
                var transfer = self.TransfersIn[k];
                var path = $"{ProgrammePath(i)}.transfers_in[{k}]";
                var giver = CheckCounterpart(c, self, transfer, $"{path}.programme");
                if (giver is not null && !giver.TransfersOut.Any(t => t.Programme == self.Id))
                    c.Error("RG0210", path,
                        $"'{self.Name}' records {Pounds(ColumnValues.Of(transfer.Amount, c.Columns)[c.Columns.Main.Index])} in from '{giver.Name}', which records no transfer out to '{self.Id}'. Add the matching line to {giver.Id}'s transfers_out.");
            }
        }
    }

    // A programme's transfers out grouped by the programme they go to, in order of first mention (GroupBy's order),
    // in classes rather than Linq groupings of tuples, which a framework-dependent start-up would have to compile.
    private static List<TransferGroup> ByReceiver(IReadOnlyList<Transfer> transfers)
    {
        var groups = new List<TransferGroup>();
        var byName = new Dictionary<string, TransferGroup>(StringComparer.Ordinal);
        for (var k = 0; k < transfers.Count; k++)
        {
            if (!byName.TryGetValue(transfers[k].Programme, out var group))
            {
                byName.Add(transfers[k].Programme, group = new TransferGroup(k));
                groups.Add(group);
            }
            group.Transfers.Add(transfers[k]);
        }
        return groups;
    }

    /// <summary>Transfers out to one programme; <paramref name="First"/> is the index of the first of them.</summary>
    private sealed record TransferGroup(int First)
    {
        public List<Transfer> Transfers { get; } = [];
    }

    private static Programme? CheckCounterpart(Context c, Programme self, Transfer transfer, string path)
    {
        if (transfer.Programme == self.Id)
        {
            c.Error("RG0212", path, $"a transfer names its own programme '{self.Id}'. A transfer moves money between two different programmes.");
            return null;
        }
        var other = c.Paper.FindProgramme(transfer.Programme);
        if (other is null)
            c.Error("RG0212", path,
                $"no programme has the id '{transfer.Programme}'. Use one of: {string.Join(", ", c.Paper.Programmes.Select(p => p.Id))}.");
        return other;
    }

    /// <summary>
    /// Each programme that must balance does, in every column; one that need not may state the difference it
    /// expects, which must then be the difference; each ring-fenced pair balances.
    /// </summary>
    private static void CheckBalances(Context c)
    {
        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var p = c.Paper.Programmes[i];
            var f = c.Figures.Programmes[i];
            if (p.MustBalance)
            {
                if (p.AcknowledgedDifference is not null)
                    c.Error("RG0257", $"{ProgrammePath(i)}.acknowledged_difference",
                        $"'{TableName(p)}' must balance, so it has no difference to acknowledge. Set \"must_balance\": false if it is meant not to balance, or remove the acknowledgement.");
                foreach (var column in c.Columns.Stored.Where(col => (f.Uses[col.Index] ?? 0) != (f.Sources[col.Index] ?? 0)))
                {
                    string Of(ColumnValues values) => Pounds(values[column.Index] ?? 0);
                    // Drawdowns are rare: named only when the programme has some, so the usual message stays short.
                    var drawdowns = p.Drawdowns.Count > 0 ? $" + drawdowns {Of(f.Drawdowns)}" : "";
                    c.Error("RG0220", ProgrammePath(i),
                        $"'{TableName(p)}' does not balance{c.In(column)}: allocations {Of(f.TotalAllocated)} + transfers out {Of(f.TransfersOut)} = {Of(f.Uses)}, " +
                        $"but funding {Of(f.Funding)} + transfers in {Of(f.TransfersIn)} + carry-forwards {Of(f.CarriedForward)}{drawdowns} = {Of(f.Sources)} " +
                        $"(difference {Pounds((f.Uses[column.Index] ?? 0) - (f.Sources[column.Index] ?? 0))}). Correct a line amount or the funding; if the programme is not meant to balance, set \"must_balance\": false.");
                }
            }
            else if (p.AcknowledgedDifference is { } acknowledged)
                CheckAcknowledgedDifference(c, $"{ProgrammePath(i)}.acknowledged_difference", acknowledged, f.Difference,
                    (column, stated, actual) => c.Error("RG0222", $"{ProgrammePath(i)}.acknowledged_difference",
                        $"'{TableName(p)}' has funding minus uses of {Pounds(actual)}{c.In(column)}, but its acknowledgement states {Pounds(stated)}. " +
                        "An acknowledgement covers the difference it states and no other: correct the lines, or restate the difference if this one is intended."));

            for (var r = 0; r < p.RingFenced.Count; r++)
            {
                var pair = p.RingFenced[r];
                var allocation = ColumnValues.Of(pair.Allocation.Amount, c.Columns);
                var funding = ColumnValues.Of(pair.Funding.Amount, c.Columns);
                foreach (var column in c.Columns.Stored.Where(col => allocation[col.Index] != funding[col.Index]))
                    c.Error("RG0221", $"{ProgrammePath(i)}.ring_fenced[{r}]",
                        $"ring-fenced '{pair.Allocation.Label}' allocates {Pounds(allocation[column.Index])}{c.In(column)} but '{pair.Funding.Label}' funds {Pounds(funding[column.Index])} " +
                        $"(difference {Pounds((allocation[column.Index] ?? 0) - (funding[column.Index] ?? 0))}). A ring-fenced grant pays for exactly its allocation.");
            }
        }
    }
}
