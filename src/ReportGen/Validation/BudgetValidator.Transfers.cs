using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>What one programme passes to another must be what the other records receiving, and the reverse.</summary>
    private static void CheckTransfers(Context c)
    {
        var programmes = c.Paper.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            var self = programmes[i];
            // Transfers out, taken per receiving programme: their sum must equal the receiver's transfers in from us.
            foreach (var toOne in self.TransfersOut.Select((t, k) => (Transfer: t, Path: $"{ProgrammePath(i)}.transfers_out[{k}]")).GroupBy(t => t.Transfer.Programme))
            {
                var first = toOne.First();
                var receiver = CheckCounterpart(c, self, first.Transfer, $"{first.Path}.programme");
                if (receiver is null) continue;
                var sent = toOne.Sum(t => t.Transfer.Amount);
                var received = receiver.TransfersIn.Where(t => t.Programme == self.Id).ToList();
                if (received.Count == 0)
                    c.Error("RG0210", first.Path,
                        $"'{self.Name}' transfers {Money.Pounds(sent)} to '{receiver.Name}', which records no transfer in from '{self.Id}'. Add the matching line to {receiver.Id}'s transfers_in.");
                else if (received.Sum(t => t.Amount) != sent)
                    c.Error("RG0211", first.Path,
                        $"'{self.Name}' transfers {Money.Pounds(sent)} to '{receiver.Name}', but '{receiver.Name}' records {Money.Pounds(received.Sum(t => t.Amount))} in (difference {Money.Pounds(sent - received.Sum(t => t.Amount))}). Make the two sides equal.");
            }
            for (var k = 0; k < self.TransfersIn.Count; k++)
            {
                var transfer = self.TransfersIn[k];
                var path = $"{ProgrammePath(i)}.transfers_in[{k}]";
                var giver = CheckCounterpart(c, self, transfer, $"{path}.programme");
                if (giver is not null && !giver.TransfersOut.Any(t => t.Programme == self.Id))
                    c.Error("RG0210", path,
                        $"'{self.Name}' records {Money.Pounds(transfer.Amount)} in from '{giver.Name}', which records no transfer out to '{self.Id}'. Add the matching line to {giver.Id}'s transfers_out.");
            }
        }
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

    /// <summary>Each programme's uses equal its sources, and each ring-fenced pair balances.</summary>
    private static void CheckBalances(Context c)
    {
        for (var i = 0; i < c.Paper.Programmes.Count; i++)
        {
            var p = c.Paper.Programmes[i];
            if (p.TotalUses != p.TotalSources)
                c.Error("RG0220", ProgrammePath(i),
                    $"'{TableName(p)}' does not balance: allocations {Money.Pounds(p.TotalAllocated)} + transfers out {Money.Pounds(p.TotalTransfersOut)} = {Money.Pounds(p.TotalUses)}, " +
                    $"but funding {Money.Pounds(p.FundingAvailable - p.TotalTransfersIn)} + transfers in {Money.Pounds(p.TotalTransfersIn)} + carry-forwards {Money.Pounds(p.TotalCarriedForward)} = {Money.Pounds(p.TotalSources)} " +
                    $"(difference {Money.Pounds(p.TotalUses - p.TotalSources)}). Correct a line amount or the funding.");
            for (var r = 0; r < p.RingFenced.Count; r++)
            {
                var pair = p.RingFenced[r];
                if (pair.Allocation.Amount != pair.Funding.Amount)
                    c.Error("RG0221", $"{ProgrammePath(i)}.ring_fenced[{r}]",
                        $"ring-fenced '{pair.Allocation.Label}' allocates {Money.Pounds(pair.Allocation.Amount)} but '{pair.Funding.Label}' funds {Money.Pounds(pair.Funding.Amount)} (difference {Money.Pounds(pair.Allocation.Amount - pair.Funding.Amount)}). A ring-fenced grant pays for exactly its allocation.");
            }
        }
    }
}
