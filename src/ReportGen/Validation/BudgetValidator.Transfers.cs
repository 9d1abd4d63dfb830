using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>Each transfer out has its transfer in on the other side, for the same amount, and the reverse.</summary>
    private static void CheckTransfers(Context c)
    {
        var programmes = c.Paper.Programmes;
        for (var i = 0; i < programmes.Count; i++)
        {
            var giver = programmes[i];
            for (var t = 0; t < giver.TransfersOut.Count; t++)
            {
                var transfer = giver.TransfersOut[t];
                var path = $"{ProgrammePath(i)}.transfers_out[{t}]";
                var receiver = CheckCounterpart(c, giver, transfer, $"{path}.programme");
                if (receiver is null) continue;
                var matching = receiver.TransfersIn.Where(x => x.Programme == giver.Id).ToList();
                if (matching.Count == 0)
                    c.Error("RG0210", path,
                        $"'{giver.Name}' transfers {Money.Pounds(transfer.Amount)} to '{receiver.Name}', which records no transfer in from '{giver.Id}'. Add the matching line to {receiver.Id}'s transfers_in.");
                else if (t == giver.TransfersOut.ToList().FindIndex(x => x.Programme == receiver.Id))
                    CompareTransferSums(c, path, giver, receiver, matching);
            }
            for (var t = 0; t < giver.TransfersIn.Count; t++)
            {
                var transfer = giver.TransfersIn[t];
                var path = $"{ProgrammePath(i)}.transfers_in[{t}]";
                var source = CheckCounterpart(c, giver, transfer, $"{path}.programme");
                if (source is not null && !source.TransfersOut.Any(x => x.Programme == giver.Id))
                    c.Error("RG0210", path,
                        $"'{giver.Name}' records {Money.Pounds(transfer.Amount)} in from '{source.Name}', which records no transfer out to '{giver.Id}'. Add the matching line to {source.Id}'s transfers_out.");
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

    private static void CompareTransferSums(Context c, string path, Programme giver, Programme receiver, List<Transfer> transfersIn)
    {
        var sent = giver.TransfersOut.Where(x => x.Programme == receiver.Id).Sum(x => x.Amount);
        var received = transfersIn.Sum(x => x.Amount);
        if (sent != received)
            c.Error("RG0211", path,
                $"'{giver.Name}' transfers {Money.Pounds(sent)} to '{receiver.Name}', but '{receiver.Name}' records {Money.Pounds(received)} in (difference {Money.Pounds(sent - received)}). Make the two sides equal.");
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
