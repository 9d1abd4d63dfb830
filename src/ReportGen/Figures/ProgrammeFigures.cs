using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReportGen.Model;

namespace ReportGen.Figures;

/// <summary>
/// Every figure of one programme, per stored column, computed from its lines. Arithmetic only: how the table
/// heads or labels them is the paper's layout.
/// </summary>
public sealed class ProgrammeFigures
{
    internal ProgrammeFigures(Programme programme, ColumnSet columns)
    {
        var width = columns.Stored.Length;
        ColumnValues SumOf(IEnumerable<Amounts> amounts) => ColumnValues.SumOf(amounts, columns);

        Programme = programme;
        var subtotals = new ColumnValues[programme.Groups.Count];
        for (var g = 0; g < subtotals.Length; g++) subtotals[g] = SumOf(programme.Groups[g].Lines.Select(l => l.Amount));
        Subtotals = ImmutableCollectionsMarshal.AsImmutableArray(subtotals);
        TotalAllocated = ColumnValues.Sum(subtotals, width);
        Funding = SumOf(programme.Funding.Select(f => f.Amount));
        TransfersIn = SumOf(programme.TransfersIn.Select(t => t.Amount));
        TransfersOut = SumOf(programme.TransfersOut.Select(t => t.Amount));
        CarriedForward = SumOf(programme.CarryForwards.Select(c => c.Amount));
        Drawdowns = SumOf(programme.Drawdowns.Select(d => d.Amount));
        RingFencedFunding = SumOf(programme.RingFenced.Select(r => r.Funding.Amount));
        RingFencedAllocation = SumOf(programme.RingFenced.Select(r => r.Allocation.Amount));
        Deductions = SumOf(programme.Items.Concat(programme.Funding).Where(l => l.Deduction).Select(l => l.Amount));
        FundingAvailable = Funding.Plus(TransfersIn);
        Uses = TotalAllocated.Plus(TransfersOut);
        Sources = FundingAvailable.Plus(CarriedForward).Plus(Drawdowns);
        Difference = Sources.Minus(Uses);
        Total = FundingAvailable.Plus(RingFencedFunding);
        Thousands = Total.Map(Money.ToThousands);
        LineCount = ColumnValues.CountOf(programme.Items.Select(l => l.Amount), columns);
    }

    /// <summary>The programme these figures are of.</summary>
    public Programme Programme { get; }

    /// <summary>Each group's sub-total, in group order.</summary>
    public ImmutableArray<ColumnValues> Subtotals { get; }

    /// <summary>The sum of every line item: the "Total Allocated" row.</summary>
    public ColumnValues TotalAllocated { get; }

    /// <summary>In-year funding, shown and hidden, deductions included.</summary>
    public ColumnValues Funding { get; }

    /// <summary>Money received from other programmes.</summary>
    public ColumnValues TransfersIn { get; }

    /// <summary>Money passed to other programmes.</summary>
    public ColumnValues TransfersOut { get; }

    /// <summary>Money brought forward.</summary>
    public ColumnValues CarriedForward { get; }

    /// <summary>Money drawn from reserves.</summary>
    public ColumnValues Drawdowns { get; }

    /// <summary>The ring-fenced grants.</summary>
    public ColumnValues RingFencedFunding { get; }

    /// <summary>The ring-fenced allocations.</summary>
    public ColumnValues RingFencedAllocation { get; }

    /// <summary>The sum of the deduction lines (negative).</summary>
    public ColumnValues Deductions { get; }

    /// <summary>In-year funding plus transfers in: the "Funding Available" row.</summary>
    public ColumnValues FundingAvailable { get; }

    /// <summary>What the programme spends or passes on: allocations plus transfers out.</summary>
    public ColumnValues Uses { get; }

    /// <summary>What pays for it: funding available, carry-forwards and drawdowns.</summary>
    public ColumnValues Sources { get; }

    /// <summary>Sources minus uses: money not yet allocated when positive, over-programming when negative, nothing when balanced.</summary>
    public ColumnValues Difference { get; }

    /// <summary>The programme's figure in the funding summary: funding available plus ring-fenced funding.</summary>
    public ColumnValues Total { get; }

    /// <summary>The total in £000s, rounded half away from zero.</summary>
    public ColumnValues Thousands { get; }

    /// <summary>How many line items have an amount in each column.</summary>
    public ColumnValues LineCount { get; }
}
