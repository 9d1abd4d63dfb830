using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Fuzzing;

/// <summary>Runs reportgen on one data file as a process of its own, under /usr/bin/time, killed after the timeout.</summary>
internal sealed class CaseRunner(FuzzOptions options)
{
    private static readonly bool HasTime = File.Exists("/usr/bin/time");

    public CaseRun Build(string data, string output)
    {
        var memory = Path.Combine(Path.GetDirectoryName(data)!, "peak.txt");
        var command = options.Cli.EndsWith(".dll", StringComparison.Ordinal)
            ? new List<string> { "dotnet", options.Cli } : [options.Cli];
        command.AddRange(["build", data, "--out", output, "--templates", options.Templates]);
        if (HasTime) command.InsertRange(0, ["/usr/bin/time", "-f", "%M", "-o", memory]);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(TimeSpan.FromSeconds(options.TimeoutSeconds));
        if (!finished) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        // /usr/bin/time reports a child killed by a signal as "Command terminated by signal N" and exits 128+N itself.
        var errors = stderr.Result;
        var exit = process.ExitCode;
        var peak = 0L;
        if (HasTime && File.Exists(memory))
        {
            var lines = File.ReadAllLines(memory);
            foreach (var line in lines)
            {
                if (line.StartsWith("Command terminated by signal ", StringComparison.Ordinal))
                    exit = 128 + int.Parse(line["Command terminated by signal ".Length..], CultureInfo.InvariantCulture);
                else if (long.TryParse(line, CultureInfo.InvariantCulture, out var kb)) peak = kb;
            }
        }
        return new CaseRun(exit, stdout.Result, errors, !finished, seconds, peak);
    }
}
