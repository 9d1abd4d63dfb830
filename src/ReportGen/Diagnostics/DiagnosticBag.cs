namespace ReportGen.Diagnostics;

/// <summary>Collects diagnostics so that one run reports every problem, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    /// <summary>Everything reported so far, in order.</summary>
    public IReadOnlyList<Diagnostic> Items => items;

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    /// <summary>Adds an error.</summary>
    public void Error(string code, SourceLocation at, string message) =>
        items.Add(new Diagnostic(Severity.Error, code, at, message));

    /// <summary>Adds a warning.</summary>
    public void Warning(string code, SourceLocation at, string message) =>
        items.Add(new Diagnostic(Severity.Warning, code, at, message));

    /// <summary>Adds diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);
}
