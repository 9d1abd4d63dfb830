namespace ReportGen.Model;

/// <summary>
/// Why a line, a programme's table or a part of the paper is exempt information, kept out of the public edition
/// (for example "paragraph 3 of Schedule 12A to the Local Government Act 1972").
/// </summary>
public sealed record Exemption
{
    /// <summary>The reason, as the placeholder prints it.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// Whether the public edition's totals still include the withheld amounts (the default); false when a total
    /// would let a reader work the withheld amount out.
    /// </summary>
    public bool? InTotals { get; init; }
}
