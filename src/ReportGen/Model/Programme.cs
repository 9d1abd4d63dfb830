namespace ReportGen.Model;

/// <summary>
/// A budget programme as the data file gives it: its line items in groups, its funding sources, the money it
/// passes to or takes from other programmes, what it carries forward or draws from reserves, ring-fenced pairs,
/// and how its table is laid out. Its figures are computed by <see cref="Figures.ProgrammeFigures"/>.
/// </summary>
/// <remarks>
/// A programme balances when what it allocates and transfers out equals its in-year funding, transfers in,
/// carry-forwards and drawdowns; each ring-fenced pair balances on its own. An allocations list, or a programme
/// deliberately over-programmed, says it need not balance.
/// </remarks>
public sealed record Programme
{
    /// <summary>A short, unique id (for example "community-safety"); transfers and figure names refer to programmes by it.</summary>
    public required string Id { get; init; }

    /// <summary>The programme's name in the funding summary (for example "Community Safety").</summary>
    public required string Name { get; init; }

    /// <summary>The funding stream(s) named in the funding summary (for example "Police Grant").</summary>
    public string FundingStream { get; init => field = value ?? ""; } = "";

    /// <summary>How the programme's table is headed and labelled: layout, not arithmetic.</summary>
    public AppendixTable Appendix { get; init => field = value ?? new(); } = new();

    /// <summary>The line items, in groups.</summary>
    public required IReadOnlyList<LineGroup> Groups { get; init; }

    /// <summary>In-year funding sources (grants, POCA receipts); a clawback or grant returned is a deduction.</summary>
    public IReadOnlyList<BudgetLine> Funding { get; init => field = value ?? []; } = [];

    /// <summary>Money passed to other programmes.</summary>
    public IReadOnlyList<Transfer> TransfersOut { get; init => field = value ?? []; } = [];

    /// <summary>Money received from other programmes.</summary>
    public IReadOnlyList<Transfer> TransfersIn { get; init => field = value ?? []; } = [];

    /// <summary>Money brought forward from earlier years.</summary>
    public IReadOnlyList<BudgetLine> CarryForwards { get; init => field = value ?? []; } = [];

    /// <summary>Money drawn down from reserves to pay for this year's allocations.</summary>
    public IReadOnlyList<BudgetLine> Drawdowns { get; init => field = value ?? []; } = [];

    /// <summary>Allocations funded by a grant that can be spent on nothing else.</summary>
    public IReadOnlyList<RingFencedPair> RingFenced { get; init => field = value ?? []; } = [];

    /// <summary>must_balance as the file gives it, null when absent.</summary>
    // Nullable because the source-generated reader sets every init-only property, absent ones to their default.
    [System.Text.Json.Serialization.JsonPropertyName("must_balance")]
    public bool? MustBalanceAsWritten { get; init; }

    /// <summary>
    /// True (the default) when allocations and transfers out must equal the funding; false for an allocations list,
    /// a programme over-programmed against expected slippage, or money not yet allocated.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool MustBalance => MustBalanceAsWritten ?? true;

    /// <summary>For a programme that need not balance: the difference (funding minus uses) it expects, and why.</summary>
    public Acknowledgement? AcknowledgedDifference { get; init; }

    /// <summary>Exempt information: the public edition prints a placeholder instead of this programme's table.</summary>
    public Exemption? Exempt { get; init; }

    /// <summary>The totals the published paper printed for this programme, for validation.</summary>
    public PublishedProgrammeFigures? Published { get; init; }

    /// <summary>All line items of all groups.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<BudgetLine> Items => Groups.SelectMany(g => g.Lines);
}
