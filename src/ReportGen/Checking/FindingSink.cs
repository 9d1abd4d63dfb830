namespace ReportGen.Checking;

/// <summary>Collects findings, at most <see cref="ShownPerRule"/> of each rule, so a file that breaks a rule on every
/// operator still gives a readable report; the rest are counted in one closing line per rule.</summary>
internal sealed class FindingSink(string file)
{
    public const int ShownPerRule = 200;

    private readonly List<PdfFinding> findings = [];
    private readonly Dictionary<CheckRule, int> counts = [];

    public string File { get; } = file;

    public void Add(CheckRule rule, string message, int? page = null, int? objectNumber = null, long? offset = null)
    {
        var count = counts[rule] = counts.GetValueOrDefault(rule) + 1;
        if (count <= ShownPerRule) findings.Add(new PdfFinding(rule, new FindingLocation(File, page, objectNumber, offset), message));
    }

    /// <summary>The findings, with a closing line for each rule that had more than could be shown.</summary>
    public IReadOnlyList<PdfFinding> ToList()
    {
        var all = new List<PdfFinding>(findings);
        foreach (var (rule, count) in counts)
            if (count > ShownPerRule)
                all.Add(new PdfFinding(rule, new FindingLocation(File), $"{count - ShownPerRule:N0} more findings of this rule are not shown ({count:N0} in all)"));
        return all;
    }
}
