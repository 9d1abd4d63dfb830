using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// What the command line prints, as a person sees it: stdout, stderr and exit code compared with a snapshot
/// (the repository's path is written as &lt;repo&gt; so the snapshots hold on any machine).
/// </summary>
public class CliSnapshotTests
{
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "help", ["--help"] },
        { "build-help", ["build", "--help"] },
        // Only a line naming its command first is parsed with that command alone: these get every command.
        { "misspelt-command", ["biuld", Repo.ReferenceData] },
        { "option-before-command", ["--verbose", "build", Repo.ReferenceData] },
        { "validate-reference", ["validate", Repo.ReferenceData] },
        { "validate-several-errors", ["validate", Repo.Fixtures("BadData", "several-structure-errors-at-once.json")] },
        { "validate-missing-file", ["validate", Repo.Path("data", "2099-00", "budget.json")] },
        { "build-unknown-format", ["build", Repo.ReferenceData, "--format", "pdf,odt"] },
        { "diff-amended-version", ["diff", Repo.ReferenceData, Repo.Fixtures("Versions", "2022-23-v1.1.json"), "--templates", Support.Built.Templates] },
        { "diff-same-version", ["diff", Repo.ReferenceData, Repo.ReferenceData, "--templates", Support.Built.Templates] },
        { "diff-with-bad-data", ["diff", Repo.ReferenceData, Repo.Fixtures("BadData", "programme-does-not-balance.json"), "--templates", Support.Built.Templates] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_matches_the_snapshot(string name, string[] args)
    {
        var run = CliRun.Of(args);
        var text = $"exit code: {run.ExitCode}\n--- stdout\n{run.Stdout}--- stderr\n{run.Stderr}";
        Golden.Match(Repo.Path("tests", "ReportGen.Tests", "Cli", "Snapshots", name + ".txt"), text.Replace(Repo.Root, "<repo>", StringComparison.Ordinal));
    }
}
