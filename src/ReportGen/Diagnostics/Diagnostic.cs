namespace ReportGen.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; the paper is still produced.</summary>
    Warning,

    /// <summary>The paper cannot be produced until this is fixed.</summary>
    Error,
}

/// <summary>Where in a source file a diagnostic points: line and column are 1-based; either may be 0 when unknown.</summary>
/// <param name="File">The file, as the user named it.</param>
/// <param name="Line">1-based line, or 0.</param>
/// <param name="Column">1-based column, or 0.</param>
/// <param name="JsonPath">The JSON path in a data file (for example <c>$.programmes[1].groups[0]</c>), if any.</param>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, string? JsonPath = null)
{
    /// <summary>Compiler style: <c>file(line,col)</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
}

/// <summary>One problem found in the input, compiler style.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code (RG0104); the README lists them.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message)
{
    /// <summary><c>file(line,col): error RG0104: message [at $.path]</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var path = Location.JsonPath is null ? "" : $" [{Location.JsonPath}]";
        return $"{Location}: {severity} {Code}: {Message}{path}";
    }
}
