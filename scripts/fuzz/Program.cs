using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Fuzzing;

/// <summary>
/// The long fuzz run. Each case is a few structured mutations of the 2022/23 budget (case N of seed S is always the
/// same), built by the real reportgen in a process of its own with a timeout. Any exit 70, signal, timeout, stack
/// trace, undocumented exit code, memory over 500 MB or output that fails its read-back is minimised and kept under
/// tests/ReportGen.Tests/Fuzzing/Regressions/, which dotnet test replays.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = FuzzOptions.Parse(args);
        if (!File.Exists(options.Cli))
        {
            Console.Error.WriteLine($"fuzz: no reportgen at {options.Cli}; give --cli (scripts/fuzz.sh builds one).");
            return 2;
        }
        var reference = File.ReadAllBytes(options.Data);
        if (args.Contains("--emit"))
        {
            // --emit N FILE: write case N's budget, to run reportgen on it by hand.
            var at = Array.IndexOf(args, "--emit");
            File.WriteAllBytes(args[at + 2], BudgetMutator.Apply(reference, Mutation.CaseNumber(options.Seed, int.Parse(args[at + 1], CultureInfo.InvariantCulture))));
            return 0;
        }
        Directory.CreateDirectory(options.Work);
        var runner = new CaseRunner(options);
        var exits = new ConcurrentDictionary<int, int>();
        var examples = new ConcurrentDictionary<int, ConcurrentBag<int>>();
        var failures = new ConcurrentBag<(int Case, string Failure, string Detail, Mutation[] Mutations)>();
        var runs = new ConcurrentBag<(int Case, double Seconds, long Kilobytes, int Bytes)>();
        var done = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Parallel.For(options.Start, options.Start + options.Cases, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
        {
            var mutations = Mutation.CaseNumber(options.Seed, i);
            var bytes = BudgetMutator.Apply(reference, mutations);
            var (failure, detail, run) = RunCase(runner, options, $"case-{i}", bytes);
            exits.AddOrUpdate(run.ExitCode, 1, (_, n) => n + 1);
            examples.GetOrAdd(run.ExitCode, _ => []).Add(i);
            runs.Add((i, run.Seconds, run.PeakKilobytes, bytes.Length));
            if (failure is not null)
            {
                failures.Add((i, failure, detail, mutations));
                Console.WriteLine($"case {i}: {failure} [{string.Join(' ', mutations)}]");
            }
            var n = Interlocked.Increment(ref done);
            if (n % 250 == 0)
                Console.WriteLine($"{n:N0}/{options.Cases:N0} cases, {failures.Count} failing, {clock.Elapsed.TotalMinutes:0.0} min");
        });

        var kept = new List<string>();
        // One regression case per distinct fault is enough: the same class at the same first frame of our code.
        var distinct = failures.OrderBy(f => f.Case).GroupBy(f => Signature(f.Failure, f.Detail)).Select(g => g.First()).ToList();
        foreach (var (i, failure, detail, mutations) in distinct)
        {
            var minimal = options.Minimise
                ? Minimiser.Minimise(mutations, failure, m => RunCase(runner, options, $"minimise-{i}", BudgetMutator.Apply(reference, m)).Failure)
                : mutations;
            kept.Add(Keep(options, i, failure, detail, minimal, BudgetMutator.Apply(reference, minimal)));
        }
        Report(options, exits, examples, failures.Count, runs, kept, clock.Elapsed);
        return failures.IsEmpty ? 0 : 1;
    }

    // The class, and the first frame of our code in the stack trace, or else the first line without its numbers
    // (a timeout's "still running after 10.2 s" is one fault however long it ran).
    private static string Signature(string failure, string detail) =>
        failure + " " + (detail.Split('\n').FirstOrDefault(l => l.Contains(" at ReportGen.", StringComparison.Ordinal))?.Trim()
            ?? new string((detail.Split('\n').FirstOrDefault() ?? "").Where(c => !char.IsAsciiDigit(c)).ToArray()));

    private static (string? Failure, string Detail, CaseRun Run) RunCase(CaseRunner runner, FuzzOptions options, string name, byte[] bytes)
    {
        var folder = Path.Combine(options.Work, name);
        Directory.CreateDirectory(folder);
        try
        {
            var data = Path.Combine(folder, "budget.json");
            File.WriteAllBytes(data, bytes);
            var output = Path.Combine(folder, "out");
            var run = runner.Build(data, output);
            var failure = Verdict.Judge(run, output, out var detail);
            return (failure, detail, run);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // NAME.json is the minimised input; NAME.txt says what it did, how it was made, and how to run it again.
    private static string Keep(FuzzOptions options, int index, string failure, string detail, Mutation[] mutations, byte[] bytes)
    {
        Directory.CreateDirectory(options.Regressions);
        var name = $"fuzz-{failure}-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}";
        File.WriteAllBytes(Path.Combine(options.Regressions, name + ".json"), bytes);
        File.WriteAllText(Path.Combine(options.Regressions, name + ".txt"), new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"failure: {failure}\n")
            .Append(CultureInfo.InvariantCulture, $"found by: seed {options.Seed}, case {index}\n")
            .Append(CultureInfo.InvariantCulture, $"mutations (minimised): {string.Join(' ', mutations)}\n")
            .Append("replay: reportgen build ").Append(name).Append(".json --out out\n")
            .Append("what it did:\n").Append(detail).Append('\n').ToString());
        return name;
    }

    private static void Report(FuzzOptions options, IDictionary<int, int> exits, IDictionary<int, ConcurrentBag<int>> examples, int failures,
        IEnumerable<(int Case, double Seconds, long Kilobytes, int Bytes)> runs, List<string> kept, TimeSpan elapsed)
    {
        var all = runs.ToList();
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"cases: {all.Count:N0} (seed {options.Seed}, from {options.Start}) in {elapsed.TotalMinutes:0.0} min\n")
            .Append("exit codes: ").Append(string.Join(", ", exits.OrderBy(e => e.Key).Select(e => $"{e.Key}: {e.Value:N0}"))).Append('\n')
            .Append("cases by exit code (first three): ").Append(string.Join("; ", examples.OrderBy(e => e.Key)
                .Select(e => $"{e.Key}: {string.Join(", ", e.Value.Order().Take(3))}"))).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"failures: {failures} ({kept.Count} distinct)\n")
            .Append(CultureInfo.InvariantCulture, $"slowest: {string.Join(", ", all.OrderByDescending(r => r.Seconds).Take(5).Select(r => $"case {r.Case} {r.Seconds:0.00} s"))}\n")
            .Append(CultureInfo.InvariantCulture, $"peak memory: {string.Join(", ", all.OrderByDescending(r => r.Kilobytes).Take(5).Select(r => $"case {r.Case} {r.Kilobytes / 1024.0:0} MB ({r.Bytes / 1024.0:N0} KB input)"))}\n")
            .Append(CultureInfo.InvariantCulture, $"largest input: {all.Max(r => r.Bytes) / 1024.0:N0} KB\n")
            .Append("kept as regression cases: ").Append(kept.Count == 0 ? "none" : string.Join(", ", kept)).Append('\n')
            .ToString();
        Console.Write(text);
        File.WriteAllText(Path.Combine(options.Work, "report.txt"), text);
    }
}
