using System.Globalization;

namespace ReportGen.Fuzzing;

/// <summary>The long run's command line: <c>--cases 10000 --seed 20220322 --cli PATH --jobs 2 …</c>.</summary>
internal sealed record FuzzOptions
{
    public int Cases { get; init; } = 10_000;
    public int Start { get; init; }
    public ulong Seed { get; init; } = 20220322;
    public required string Cli { get; init; }
    public required string Repository { get; init; }
    public double TimeoutSeconds { get; init; } = 10;
    public int Jobs { get; init; } = 2;
    public required string Work { get; init; }
    public bool Minimise { get; init; } = true;

    public string Data => Path.Combine(Repository, "data", "2022-23", "budget.json");
    public string Templates => Path.Combine(Repository, "templates", "board-paper");
    public string Regressions => Path.Combine(Repository, "tests", "ReportGen.Tests", "Fuzzing", "Regressions");

    public static FuzzOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var repository = Path.GetFullPath(Value("--repo", "."));
        return new FuzzOptions
        {
            Cases = int.Parse(Value("--cases", "10000"), CultureInfo.InvariantCulture),
            Start = int.Parse(Value("--start", "0"), CultureInfo.InvariantCulture),
            Seed = ulong.Parse(Value("--seed", "20220322"), CultureInfo.InvariantCulture),
            Cli = Path.GetFullPath(Value("--cli", Path.Combine(repository, "src", "ReportGen.Cli", "bin", "Release", "net10.0", "reportgen.dll"))),
            Repository = repository,
            TimeoutSeconds = double.Parse(Value("--timeout", "10"), CultureInfo.InvariantCulture),
            Jobs = int.Parse(Value("--jobs", "2"), CultureInfo.InvariantCulture),
            Work = Path.GetFullPath(Value("--work", Path.Combine(Path.GetTempPath(), "reportgen-fuzz"))),
            Minimise = !args.Contains("--no-minimise"),
        };
    }
}
