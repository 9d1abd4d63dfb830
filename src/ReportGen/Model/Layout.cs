namespace ReportGen.Model;

/// <summary>How a programme's table in the paper is headed and which total rows it prints: layout, read by templates.</summary>
/// <remarks>A label left out means the paper does not print that row.</remarks>
public sealed record AppendixTable
{
    /// <summary>The heading above the table; none for a programme printed straight under the appendix title.</summary>
    public string? Heading { get; init; }

    /// <summary>Start the table on a new page ("Appendix A - continued").</summary>
    public bool NewPage { get; init; }

    /// <summary>The heading of the label column (for example "Project Area"); may be empty.</summary>
    public string LabelColumn { get; init => field = value ?? ""; } = "";

    /// <summary>The heading of the amount column in a one-column paper (for example "Funding 2022/23"); a paper that declares its columns heads them from there.</summary>
    public string? AmountColumn { get; init; }

    /// <summary>The label of the "Total Allocated" row.</summary>
    public string? TotalAllocatedLabel { get; init; }

    /// <summary>The label of the "Funding Available" row.</summary>
    public string? FundingAvailableLabel { get; init; }

    /// <summary>The label of the grand total row after the ring-fenced lines (for example "Total Victims 2022/23").</summary>
    public string? TotalLabel { get; init; }

    /// <summary>The label of the row showing money not yet allocated (funding exceeds uses), for a programme that need not balance.</summary>
    public string? UnallocatedLabel { get; init; }

    /// <summary>The label of the row showing over-programming (uses exceed funding), for a programme that need not balance.</summary>
    public string? OverProgrammedLabel { get; init; }
}

/// <summary>How the funding summary table is headed, and the total the published paper printed in it.</summary>
public sealed record FundingSummary
{
    /// <summary>The heading of the programme column.</summary>
    public string ProgrammeColumn { get; init => field = value ?? "Programme"; } = "Programme";

    /// <summary>The heading of the funding stream column.</summary>
    public string StreamColumn { get; init => field = value ?? "Funding Stream"; } = "Funding Stream";

    /// <summary>The heading of the £000s column in a one-column paper (for example "2022/23 £000s").</summary>
    public string AmountColumn { get; init => field = value ?? "£000s"; } = "£000s";

    /// <summary>The label of the total row.</summary>
    public string TotalLabel { get; init => field = value ?? "Total"; } = "Total";

    /// <summary>The figures the published paper printed, for validation.</summary>
    public PublishedSummaryFigures? Published { get; init; }
}
