namespace ReportGen.Comparing;

/// <summary>What happened to a line or figure between two versions of a paper.</summary>
public enum ChangeKind
{
    /// <summary>In the new version only.</summary>
    Added,
    /// <summary>In the old version only.</summary>
    Removed,
    /// <summary>In both, different.</summary>
    Changed,
}

/// <summary>One difference between two versions of a paper, in the paper's own words.</summary>
/// <param name="Section">Where it is: a programme's name, "Funding summary", "Wording" or "Report".</param>
/// <param name="Subject">What changed: a line's label, a total's name, a wording key.</param>
/// <param name="Old">The old value as printed, if any.</param>
/// <param name="New">The new value as printed, if any.</param>
/// <param name="Id">The line's id, when it has one.</param>
public sealed record PaperChange(ChangeKind Kind, string Section, string Subject, string? Old, string? New, string? Id = null);
