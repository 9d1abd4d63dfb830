namespace ReportGen.Model;

/// <summary>
/// Totals as a published paper printed them, each a number (the main column) or one per column. Validation
/// compares each with the computed figure; a difference is an error unless <see cref="Acknowledged"/> states it
/// with a reason. The generated paper always prints the computed figure.
/// </summary>
public sealed record PublishedProgrammeFigures
{
    /// <summary>The published "Total Allocated" figure.</summary>
    public Amounts? TotalAllocated { get; init; }

    /// <summary>The published "Funding Available" figure.</summary>
    public Amounts? FundingAvailable { get; init; }

    /// <summary>The published grand total (after ring-fenced lines).</summary>
    public Amounts? Total { get; init; }

    /// <summary>The published £000s figure in the funding summary.</summary>
    public Amounts? SummaryThousands { get; init; }

    /// <summary>Known differences, by figure name (for example <c>"total": { "difference": -12, "reason": "…" }</c>).</summary>
    public IReadOnlyDictionary<string, Acknowledgement> Acknowledged { get; init => field = value ?? new Dictionary<string, Acknowledgement>(); } = new Dictionary<string, Acknowledgement>();
}

/// <summary>The published funding summary total.</summary>
public sealed record PublishedSummaryFigures
{
    /// <summary>The published total in £000s.</summary>
    public Amounts? TotalThousands { get; init; }

    /// <summary>Known differences, by figure name (<c>total_thousands</c>).</summary>
    public IReadOnlyDictionary<string, Acknowledgement> Acknowledged { get; init => field = value ?? new Dictionary<string, Acknowledgement>(); } = new Dictionary<string, Acknowledgement>();
}

/// <summary>
/// A figure the published paper quoted — in a paragraph, say — recorded so that it is checked against the
/// computed figure of that name, like a table total.
/// </summary>
public sealed record PublishedFigure
{
    /// <summary>The figure's name, as templates use it (for example <c>programme.victims-services.total</c>).</summary>
    public required string Figure { get; init; }

    /// <summary>The figure as published: a number (the main column), or one per column.</summary>
    public required Amounts Amount { get; init; }

    /// <summary>A known difference, stated with its amount and a reason.</summary>
    public Acknowledgement? Acknowledged { get; init; }
}
