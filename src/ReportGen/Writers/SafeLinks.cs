namespace ReportGen.Writers;

/// <summary>Which link targets a writer may make live: web, mail and in-document links, never scripts or data.</summary>
public static class SafeLinks
{
    /// <summary>True for http(s), mailto and #fragment links.</summary>
    public static bool IsSafe(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#');
}
