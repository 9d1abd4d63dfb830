using ReportGen.Formatting;

namespace ReportGen.Workbooks;

/// <summary>How a budget workbook is written.</summary>
public sealed record WorkbookOptions
{
    /// <summary>The paper's number conventions: the sign of negatives (−£12,000 or (£12,000)) and places of percentages.</summary>
    public MoneyFormat Money { get; init; } = new();

    /// <summary>
    /// True for the public edition: exempt lines and programmes are withheld, as in the public PDF, and the workbook
    /// cannot be imported. False (the default) for the finance team's workbook, which carries everything.
    /// </summary>
    public bool WithholdExempt { get; init; }
}
