using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// One of the paper's amount columns, declared once for the whole paper. A stored column holds an amount per line
/// (<c>prior</c> "2021/22", <c>budget</c> "2022/23"); a computed column is worked out from two stored ones.
/// </summary>
public sealed record AmountColumn
{
    /// <summary>The key lines use for this column's amount (letters, digits, '_' and '-').</summary>
    public required string Key { get; init; }

    /// <summary>The column's heading in tables (for example "2022/23").</summary>
    public string? Heading { get; init; }

    /// <summary>For a computed column: what it computes. Absent for a stored column.</summary>
    public ColumnComputation? Compute { get; init; }

    /// <summary>For a computed column: the earlier stored column (default: the first stored column).</summary>
    public string? From { get; init; }

    /// <summary>For a computed column: the later stored column (default: the main column).</summary>
    public string? To { get; init; }
}

/// <summary>What a computed column shows.</summary>
public enum ColumnComputation
{
    /// <summary>The later column minus the earlier one, in pounds.</summary>
    [JsonStringEnumMemberName("difference")]
    Difference,

    /// <summary>The difference as a percentage of the earlier column.</summary>
    [JsonStringEnumMemberName("percent_change")]
    PercentChange,
}
