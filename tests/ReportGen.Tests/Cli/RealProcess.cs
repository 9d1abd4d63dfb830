using System.Diagnostics;

namespace ReportGen.Tests.Cli;

/// <summary>How a real reportgen process ended.</summary>
/// <param name="Signal">The signal that ended it (as the shell reports it, exit 128 + n), or 0.</param>
internal sealed record ProcessRun(int ExitCode, string Stdout, string Stderr, bool TimedOut)
{
    public int Signal => ExitCode > 128 && ExitCode < 160 ? ExitCode - 128 : 0;
}

/// <summary>
/// Runs the built reportgen.dll as a process of its own (it sits beside the test assembly), for what an in-memory
/// run cannot show: signals, closed pipes, full devices, locks between processes, concurrent builds.
/// </summary>
internal static class RealProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "reportgen.dll");

    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The command line that runs reportgen, quoted for bash.</summary>
    public static string ShellCommand(params string[] args) =>
        string.Join(' ', new[] { Dotnet, Dll }.Concat(args).Select(Quote));

    /// <summary>Runs reportgen with <paramref name="args"/>.</summary>
    public static ProcessRun Run(string[] args, IDictionary<string, string>? environment = null, TimeSpan? timeout = null) =>
        Start(Dotnet, [Dll, .. args], environment).Wait(timeout ?? TimeSpan.FromSeconds(60));

    /// <summary>Runs reportgen with <paramref name="args"/> in the folder <paramref name="workingDirectory"/>, as a user in another folder would.</summary>
    public static ProcessRun RunIn(string workingDirectory, params string[] args) =>
        Start(Dotnet, [Dll, .. args], null, workingDirectory).Wait(TimeSpan.FromSeconds(120));

    /// <summary>Runs a shell line (for redirections such as 2&gt;/dev/full or | true); $RG runs reportgen.</summary>
    public static ProcessRun Shell(string line, TimeSpan? timeout = null) =>
        Start("bash", ["-c", $"reportgen() {{ {ShellCommand()} \"$@\"; }}; RG=reportgen; {line}"], null).Wait(timeout ?? TimeSpan.FromSeconds(60));

    /// <summary>Starts a shell line in <paramref name="workingDirectory"/> without waiting; $RG runs reportgen.</summary>
    public static Running StartShellIn(string workingDirectory, string line) =>
        Start("bash", ["-c", $"reportgen() {{ {ShellCommand()} \"$@\"; }}; RG=reportgen; {line}"], null, workingDirectory);

    /// <summary>Starts reportgen without waiting.</summary>
    public static Running Start(string[] args) => Start(Dotnet, [Dll, .. args], null);

    private static Running Start(string program, string[] args, IDictionary<string, string>? environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return new Running(Process.Start(start)!);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>A process started, its output being read.</summary>
    internal sealed class Running(Process process)
    {
        private readonly Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> stderr = process.StandardError.ReadToEndAsync();

        public void Kill() => process.Kill();

        public ProcessRun Wait(TimeSpan timeout)
        {
            using (process)
            {
                var finished = process.WaitForExit(timeout);
                if (!finished) process.Kill(entireProcessTree: true);
                process.WaitForExit();
                // A process killed by a signal reports exit code 128 + the signal, as a shell would.
                return new ProcessRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), !finished);
            }
        }
    }
}
