using ReportGen.Tests.Support;

namespace ReportGen.Tests.Accessibility;

/// <summary>
/// What the axe check needs: node, Debian's chromium and tests/axe's node_modules (npm ci). Missing on a
/// developer's machine, the check is skipped, naming what is missing; under REPORTGEN_REQUIRE_TOOLS=1 (.ci/run sets
/// it) a missing tool fails the test instead, so CI can never pass by skipping it.
/// </summary>
internal static class AxeTools
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Folder => Repo.Path("tests", "axe");

    public static bool Required => Environment.GetEnvironmentVariable("REPORTGEN_REQUIRE_TOOLS") == "1";

    /// <summary>What is missing, or null when everything is there.</summary>
    public static string? Missing()
    {
        if (!OnPath("node")) return "the program 'node' (Debian: nodejs)";
        if (!File.Exists(Chromium)) return $"the program '{Chromium}' (Debian: chromium)";
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "axe-core")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "puppeteer-core")))
            return "axe-core and puppeteer-core (run 'npm ci' in tests/axe)";
        return null;
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));
}

/// <summary>A fact that needs the axe tools: skipped, with the reason, when they are missing — unless CI requires them.</summary>
internal sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if (AxeTools.Missing() is { } missing && !AxeTools.Required)
            Skip = $"axe check skipped: {missing} is missing. .ci/run installs it.";
    }
}

/// <summary>A theory that needs the axe tools, skipped or required as <see cref="AxeFactAttribute"/> is.</summary>
internal sealed class AxeTheoryAttribute : TheoryAttribute
{
    public AxeTheoryAttribute()
    {
        if (AxeTools.Missing() is { } missing && !AxeTools.Required)
            Skip = $"axe check skipped: {missing} is missing. .ci/run installs it.";
    }
}
