using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// A budget programme: its line items in groups, the money it passes to or takes from other programmes,
/// what it carries forward, its funding, and any ring-fenced allocations with their own funding.
/// </summary>
/// <remarks>
/// A programme balances when what it allocates and transfers out equals its in-year funding,
/// transfers in and carry-forwards; each ring-fenced pair balances on its own.
/// </remarks>
public sealed record Programme
{
    /// <summary>A short, unique id (for example "community-safety"); transfers refer to programmes by it.</summary>
    public required string Id { get; init; }

    /// <summary>The programme's name in the funding summary (for example "Community Safety").</summary>
    public required string Name { get; init; }

    /// <summary>The funding stream(s) named in the funding summary (for example "Police Grant").</summary>
    public required string FundingStream { get; init; }

    /// <summary>How the programme's table in Appendix A is headed and labelled.</summary>
    public required AppendixTable Appendix { get; init; }

    /// <summary>The line items, in groups.</summary>
    public required IReadOnlyList<LineGroup> Groups { get; init; }

    /// <summary>In-year funding sources (grants, POCA receipts).</summary>
    public IReadOnlyList<BudgetLine> Funding { get; init => field = value ?? []; } = [];

    /// <summary>Money passed to other programmes.</summary>
    public IReadOnlyList<Transfer> TransfersOut { get; init => field = value ?? []; } = [];

    /// <summary>Money received from other programmes.</summary>
    public IReadOnlyList<Transfer> TransfersIn { get; init => field = value ?? []; } = [];

    /// <summary>Money brought forward from earlier years.</summary>
    public IReadOnlyList<BudgetLine> CarryForwards { get; init => field = value ?? []; } = [];

    /// <summary>Allocations funded by a grant that can be spent on nothing else.</summary>
    public IReadOnlyList<RingFencedPair> RingFenced { get; init => field = value ?? []; } = [];

    /// <summary>The totals the published paper printed for this programme, for validation.</summary>
    public PublishedProgrammeFigures? Published { get; init; }

    /// <summary>All line items of all groups.</summary>
    [JsonIgnore] public IEnumerable<BudgetLine> Items => Groups.SelectMany(g => g.Lines);

    /// <summary>The sum of every line item: the "Total Allocated" row.</summary>
    [JsonIgnore] public decimal TotalAllocated => Items.Sum(l => l.Amount);

    /// <summary>The sum of the transfers out.</summary>
    [JsonIgnore] public decimal TotalTransfersOut => TransfersOut.Sum(t => t.Amount);

    /// <summary>The sum of the transfers in.</summary>
    [JsonIgnore] public decimal TotalTransfersIn => TransfersIn.Sum(t => t.Amount);

    /// <summary>The sum of the carry-forwards.</summary>
    [JsonIgnore] public decimal TotalCarriedForward => CarryForwards.Sum(c => c.Amount);

    /// <summary>In-year funding plus transfers in: the "Funding Available" row.</summary>
    [JsonIgnore] public decimal FundingAvailable => Funding.Sum(f => f.Amount) + TotalTransfersIn;

    /// <summary>What the programme spends or passes on: allocations plus transfers out.</summary>
    [JsonIgnore] public decimal TotalUses => TotalAllocated + TotalTransfersOut;

    /// <summary>What pays for it: funding available plus carry-forwards.</summary>
    [JsonIgnore] public decimal TotalSources => FundingAvailable + TotalCarriedForward;

    /// <summary>The ring-fenced funding.</summary>
    [JsonIgnore] public decimal RingFencedFunding => RingFenced.Sum(r => r.Funding.Amount);

    /// <summary>The programme's figure in the funding summary: funding available plus ring-fenced funding.</summary>
    [JsonIgnore] public decimal Total => FundingAvailable + RingFencedFunding;

    /// <summary>The funding lines the table prints.</summary>
    [JsonIgnore] public IEnumerable<BudgetLine> ShownFunding => Funding.Where(f => !f.Hidden);
}

/// <summary>How a programme's table in Appendix A is headed and which total rows it prints.</summary>
/// <remarks>A label left out means the paper does not print that row.</remarks>
public sealed record AppendixTable
{
    /// <summary>The heading above the table; none for a programme printed straight under the appendix title.</summary>
    public string? Heading { get; init; }

    /// <summary>Start the table on a new page ("Appendix A - continued").</summary>
    public bool NewPage { get; init; }

    /// <summary>The heading of the label column (for example "Project Area"); may be empty.</summary>
    public string LabelColumn { get; init => field = value ?? ""; } = "";

    /// <summary>The heading of the amount column (for example "Funding 2022/23").</summary>
    public required string AmountColumn { get; init; }

    /// <summary>The label of the "Total Allocated" row.</summary>
    public string? TotalAllocatedLabel { get; init; }

    /// <summary>The label of the "Funding Available" row.</summary>
    public string? FundingAvailableLabel { get; init; }

    /// <summary>The label of the grand total row after the ring-fenced lines (for example "Total Victims 2022/23").</summary>
    public string? TotalLabel { get; init; }
}
