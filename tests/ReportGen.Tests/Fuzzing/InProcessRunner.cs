using System.Diagnostics;
using ReportGen.Fuzzing;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Fuzzing;

/// <summary>
/// Runs a fuzz case through the whole command, build every format then read back: in this process (fast), or
/// for a case that once ran for ever, as a process of its own that can be killed.
/// </summary>
internal static class InProcessRunner
{
    private static readonly Lazy<byte[]> Reference = new(() => File.ReadAllBytes(Repo.ReferenceData));

    /// <summary>The failure class of a case, or null; <paramref name="detail"/> says what happened.</summary>
    public static string? Run(Mutation[] mutations, out string detail) => Run(BudgetMutator.Apply(Reference.Value, mutations), out detail);


    /// <summary>The failure class of a data file's bytes, or null.</summary>
    public static string? Run(byte[] data, out string detail)
    {
        using var folder = new TempDir();
        var path = folder.File("budget.json");
        File.WriteAllBytes(path, data);
        var output = folder.File("out");
        CliRun? run = null;
        var clock = Stopwatch.StartNew();
        // On a thread of its own, so a case that never ends fails this test instead of hanging the run.
        var thread = new Thread(() => run = CliRun.Of("build", path, "--out", output, "--templates", Built.Templates), 256 * 1024 * 1024);
        thread.Start();
        var finished = thread.Join(TimeSpan.FromSeconds(120));
        var result = finished
            ? new CaseRun(run!.ExitCode, run.Stdout, run.Stderr, false, clock.Elapsed.TotalSeconds)
            : new CaseRun(-1, "", "", true, clock.Elapsed.TotalSeconds);
        return Verdict.Judge(result, output, out detail);
    }

    /// <summary>The failure class of a data file's bytes built by a reportgen process of its own, killed after <paramref name="timeout"/>.</summary>
    public static string? RunAsProcess(byte[] data, TimeSpan timeout, out string detail)
    {
        using var folder = new TempDir();
        var path = folder.File("budget.json");
        File.WriteAllBytes(path, data);
        var output = folder.File("out");
        var clock = Stopwatch.StartNew();
        var run = RealProcess.Start(["build", path, "--out", output, "--templates", Built.Templates]).Wait(timeout);
        return Verdict.Judge(new CaseRun(run.ExitCode, run.Stdout, run.Stderr, run.TimedOut, clock.Elapsed.TotalSeconds), output, out detail);
    }
}
