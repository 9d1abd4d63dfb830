namespace ReportGen.Model;

/// <summary>A group of line items, with an optional heading row and sub-total row.</summary>
public sealed record LineGroup
{
    /// <summary>An id unique within the paper, so templates can quote the sub-total as <c>group.ID.subtotal</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The group's heading row (for example "Force Wide Commissioning Allocations"); none for an ungrouped list.</summary>
    public string? Heading { get; init; }

    /// <summary>The label of the group's sub-total row; the row is printed only when this is given.</summary>
    public string? SubtotalLabel { get; init; }

    /// <summary>The sub-total the published paper printed, for validation: a number, or one per column.</summary>
    public Amounts? PublishedSubtotal { get; init; }

    /// <summary>A published sub-total that differs from the computed one, acknowledged with its difference and a reason.</summary>
    public Acknowledgement? AcknowledgedDifference { get; init; }

    /// <summary>The line items.</summary>
    public required IReadOnlyList<BudgetLine> Lines { get; init; }
}

/// <summary>One line with a label and an amount per column: an item, a funding source, a carry-forward, a drawdown.</summary>
public sealed record BudgetLine
{
    /// <summary>An id unique within the paper; needed to follow a line across versions and to quote it as <c>line.ID</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The label as printed; <c>{amount}</c> in it is replaced by the line's main amount.</summary>
    public required string Label { get; init; }

    /// <summary>
    /// The amount in pounds, at most two decimal places: a number (the main column), or one per column key
    /// (<c>{ "prior": 600000, "budget": 652108 }</c>), leaving out a column where the line has no amount.
    /// </summary>
    public required Amounts Amount { get; init; }

    /// <summary>True when the table leaves this line out (funding lines are often summed but not printed).</summary>
    public bool Hidden { get; init; }

    /// <summary>
    /// True for a line that reduces its total — a savings target, grant returned, a clawback. Its amounts are
    /// written negative; a negative amount on any other line is an error.
    /// </summary>
    public bool Deduction { get; init; }

    /// <summary>Exempt information: the public edition prints a placeholder instead of this line.</summary>
    public Exemption? Exempt { get; init; }
}

/// <summary>
/// Money passed between two programmes in the year (a virement); each side records it, in every column it
/// applies to, and validation matches the two sides.
/// </summary>
public sealed record Transfer
{
    /// <summary>An id unique within the paper.</summary>
    public string? Id { get; init; }

    /// <summary>The other programme's id: the receiver for a transfer out, the giver for a transfer in.</summary>
    public required string Programme { get; init; }

    /// <summary>The label as printed; <c>{amount}</c> is replaced by the main amount.</summary>
    public required string Label { get; init; }

    /// <summary>The amount in pounds: a number (the main column), or one per column key.</summary>
    public required Amounts Amount { get; init; }
}

/// <summary>A ring-fenced allocation and the grant that pays for it; the two must be equal.</summary>
public sealed record RingFencedPair
{
    /// <summary>The allocation (for example "ISVA and IDVA Services").</summary>
    public required BudgetLine Allocation { get; init; }

    /// <summary>The grant that pays for it (for example "MOJ Allocation for ISVA's and IDVA's").</summary>
    public required BudgetLine Funding { get; init; }
}
