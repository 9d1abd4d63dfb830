using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// Totals as a published paper printed them. Validation compares each with the computed figure;
/// a difference is an error unless <see cref="Acknowledged"/> names the figure with a reason.
/// The generated paper always prints the computed figure.
/// </summary>
public sealed record PublishedProgrammeFigures
{
    /// <summary>The published "Total Allocated" figure.</summary>
    public decimal? TotalAllocated { get; init; }

    /// <summary>The published "Funding Available" figure.</summary>
    public decimal? FundingAvailable { get; init; }

    /// <summary>The published grand total (after ring-fenced lines).</summary>
    public decimal? Total { get; init; }

    /// <summary>The published £000s figure in the funding summary.</summary>
    public decimal? SummaryThousands { get; init; }

    /// <summary>Known differences, by figure name (for example <c>"total": "reason"</c>).</summary>
    public IReadOnlyDictionary<string, string> Acknowledged { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}

/// <summary>The funding summary table's heading and its published total.</summary>
public sealed record FundingSummary
{
    /// <summary>The heading of the programme column.</summary>
    public string ProgrammeColumn { get; init => field = value ?? "Programme"; } = "Programme";

    /// <summary>The heading of the funding stream column.</summary>
    public string StreamColumn { get; init => field = value ?? "Funding Stream"; } = "Funding Stream";

    /// <summary>The heading of the £000s column (for example "2022/23 £000s").</summary>
    public string AmountColumn { get; init => field = value ?? "£000s"; } = "£000s";

    /// <summary>The label of the total row.</summary>
    public string TotalLabel { get; init => field = value ?? "Total"; } = "Total";

    /// <summary>The figures the published paper printed, for validation.</summary>
    public PublishedSummaryFigures? Published { get; init; }
}

/// <summary>The published funding summary total.</summary>
public sealed record PublishedSummaryFigures
{
    /// <summary>The published total in £000s.</summary>
    public decimal? TotalThousands { get; init; }

    /// <summary>Known differences, by figure name (<c>total_thousands</c>).</summary>
    public IReadOnlyDictionary<string, string> Acknowledged { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}

/// <summary>A row of the funding summary, computed from its programme.</summary>
public sealed record SummaryRow(Programme Programme)
{
    /// <summary>The programme's name.</summary>
    public string Name => Programme.Name;

    /// <summary>The programme's funding stream(s).</summary>
    public string FundingStream => Programme.FundingStream;

    /// <summary>The programme's total in pounds.</summary>
    public decimal Amount => Programme.Total;

    /// <summary>The programme's total in £000s, rounded half away from zero.</summary>
    public decimal Thousands => Money.ToThousands(Programme.Total);
}
