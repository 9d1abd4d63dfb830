namespace ReportGen.Tests.Support;

/// <summary>
/// Which of the programs tests read outputs back with are installed. On a contributor's laptop a test that needs a
/// missing one is skipped, naming it; under REPORTGEN_REQUIRE_TOOLS=1 (.ci/run sets it) it runs and fails instead, so CI
/// can never pass by leaving a check out.
/// </summary>
internal static class RequiredPrograms
{
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["pdftotext"] = "poppler-utils", ["pdfinfo"] = "poppler-utils", ["pdffonts"] = "poppler-utils", ["pdftoppm"] = "poppler-utils",
        ["qpdf"] = "qpdf", ["soffice"] = "libreoffice-writer-nogui",
    };

    public static bool Required => Environment.GetEnvironmentVariable("REPORTGEN_REQUIRE_TOOLS") == "1";

    /// <summary>Why the test is skipped, or null when it runs.</summary>
    public static string? SkipReason(string[] programs)
    {
        var missing = programs.Where(p => !OnPath(p)).ToList();
        if (missing.Count == 0 || Required) return null;
        return $"needs {string.Join(", ", missing.Select(p => $"'{p}' (Debian: {Packages.GetValueOrDefault(p, p)})"))}, which is not installed here; .ci/run installs it.";
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}

/// <summary>A fact that runs real programs (poppler, qpdf, LibreOffice): skipped, naming them, where they are missing.</summary>
internal sealed class ProgramFactAttribute : FactAttribute
{
    public ProgramFactAttribute(params string[] programs)
    {
        if (RequiredPrograms.SkipReason(programs) is { } reason) Skip = reason;
    }
}

/// <summary>A theory that runs real programs: skipped, naming them, where they are missing.</summary>
internal sealed class ProgramTheoryAttribute : TheoryAttribute
{
    public ProgramTheoryAttribute(params string[] programs)
    {
        if (RequiredPrograms.SkipReason(programs) is { } reason) Skip = reason;
    }
}
