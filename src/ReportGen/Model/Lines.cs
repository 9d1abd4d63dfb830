using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>A group of line items, with an optional heading row and sub-total row.</summary>
public sealed record LineGroup
{
    /// <summary>The group's heading row (for example "Force Wide Commissioning Allocations"); none for an ungrouped list.</summary>
    public string? Heading { get; init; }

    /// <summary>The label of the group's sub-total row; the row is printed only when this is given.</summary>
    public string? SubtotalLabel { get; init; }

    /// <summary>The sub-total the published paper printed, for validation.</summary>
    public decimal? PublishedSubtotal { get; init; }

    /// <summary>Why a published sub-total that differs from the computed one is accepted; see the README.</summary>
    public string? AcknowledgedDifference { get; init; }

    /// <summary>The line items.</summary>
    public required IReadOnlyList<BudgetLine> Lines { get; init; }

    /// <summary>The sum of the group's lines.</summary>
    [JsonIgnore] public decimal Subtotal => Lines.Sum(l => l.Amount);
}

/// <summary>One line with a label and an amount in pounds: an item, a funding source or a carry-forward.</summary>
public sealed record BudgetLine
{
    /// <summary>An id unique within the paper; optional, but needed to follow a line across versions.</summary>
    public string? Id { get; init; }

    /// <summary>The label as printed; <c>{amount}</c> in it is replaced by the line's amount in pounds.</summary>
    public required string Label { get; init; }

    /// <summary>The amount in pounds, at most two decimal places, never negative.</summary>
    public required decimal Amount { get; init; }

    /// <summary>True when the table leaves this line out (funding lines are often summed but not printed).</summary>
    public bool Hidden { get; init; }

    /// <summary>The label with <c>{amount}</c> filled in.</summary>
    [JsonIgnore] public string DisplayLabel => Money.FillAmount(Label, Amount);
}

/// <summary>Money passed between two programmes; each side records it, and validation matches them.</summary>
public sealed record Transfer
{
    /// <summary>An id unique within the paper.</summary>
    public string? Id { get; init; }

    /// <summary>The other programme's id: the receiver for a transfer out, the giver for a transfer in.</summary>
    public required string Programme { get; init; }

    /// <summary>The label as printed; <c>{amount}</c> is replaced by the amount.</summary>
    public required string Label { get; init; }

    /// <summary>The amount in pounds.</summary>
    public required decimal Amount { get; init; }

    /// <summary>The label with <c>{amount}</c> filled in.</summary>
    [JsonIgnore] public string DisplayLabel => Money.FillAmount(Label, Amount);
}

/// <summary>A ring-fenced allocation and the grant that pays for it; the two must be equal.</summary>
public sealed record RingFencedPair
{
    /// <summary>The allocation (for example "ISVA and IDVA Services").</summary>
    public required BudgetLine Allocation { get; init; }

    /// <summary>The grant that pays for it (for example "MOJ Allocation for ISVA's and IDVA's").</summary>
    public required BudgetLine Funding { get; init; }
}
