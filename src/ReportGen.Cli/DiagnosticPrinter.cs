using ReportGen.Diagnostics;

namespace ReportGen.Cli;

/// <summary>Prints diagnostics compiler-style, one a line, with a closing count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
            stderr.WriteLine(diagnostic.ToString());
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
            stderr.WriteLine($"{errors} error(s), {warnings} warning(s)");
    }

    /// <summary>The exit code a set of diagnostics calls for.</summary>
    public static int ExitCode(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Any(d => Loading.LoadResult.IsUnreadableInput(d.Code)) ? ExitCodes.InputMissing
        : diagnostics.Any(d => d.Severity == Severity.Error) ? ExitCodes.DataErrors
        : ExitCodes.Success;
}
