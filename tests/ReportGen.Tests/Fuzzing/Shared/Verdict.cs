namespace ReportGen.Fuzzing;

/// <summary>How one run of the command ended, as the fuzzer sees it.</summary>
/// <param name="PeakKilobytes">Peak resident memory when measured (/usr/bin/time), else 0.</param>
public sealed record CaseRun(int ExitCode, string Stdout, string Stderr, bool TimedOut, double Seconds, long PeakKilobytes = 0);

/// <summary>
/// Judges a run: an exit 70, a signal, a timeout, a stack trace on stderr, an exit code the README does not list,
/// memory over the budget, or an output that does not read back is a failure, named by its class so that a
/// minimised case can be recognised as the same failure.
/// </summary>
public static class Verdict
{
    /// <summary>The exit codes the README lists.</summary>
    public static readonly int[] DocumentedExitCodes = [0, 1, 2, 3, 4, 5];

    /// <summary>Peak memory allowed for any input under the 10 MB limit.</summary>
    public const long MaxKilobytes = 500 * 1024;

    /// <summary>The failure's class ("exit-70", "signal-6", "timeout", …), or null when the run was sound.</summary>
    public static string? Judge(CaseRun run, string? outputFolder, out string detail)
    {
        detail = "";
        if (run.TimedOut) return Fail("timeout", $"still running after {run.Seconds:0.#} s", out detail);
        if (run.ExitCode == 70) return Fail("exit-70", FirstLines(run.Stderr), out detail);
        if (run.ExitCode > 128) return Fail($"signal-{run.ExitCode - 128}", FirstLines(run.Stderr), out detail);
        if (run.Stderr.Contains("   at ", StringComparison.Ordinal) || run.Stderr.Contains("Unhandled exception", StringComparison.Ordinal))
            return Fail("stack-trace", FirstLines(run.Stderr), out detail);
        if (!DocumentedExitCodes.Contains(run.ExitCode)) return Fail($"exit-{run.ExitCode}", FirstLines(run.Stderr), out detail);
        if (run.PeakKilobytes > MaxKilobytes) return Fail("memory", $"peak {run.PeakKilobytes / 1024} MB", out detail);
        if (run.ExitCode == 0 && outputFolder is not null && Directory.Exists(outputFolder))
        {
            var problems = ReadBack.Check(outputFolder);
            if (problems.Count > 0) return Fail("read-back", string.Join("\n", problems), out detail);
        }
        return null;
    }

    private static string Fail(string kind, string text, out string detail)
    {
        detail = text;
        return kind;
    }

    private static string FirstLines(string text) => string.Join("\n", text.Split('\n').Take(12));
}
