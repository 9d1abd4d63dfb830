using ReportGen.Loading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// Many papers in one call, rebuilding on save, and progress only where a person is watching: each through a real
/// reportgen process, as a user runs it.
/// </summary>
public class BatchWatchProgressTests
{
    [Fact]
    public void A_folder_of_papers_builds_each_into_its_own_folder_and_one_failure_does_not_stop_the_rest()
    {
        using var folder = new TempDir();
        Directory.CreateDirectory(folder.File("papers/west"));
        Directory.CreateDirectory(folder.File("papers/grants"));
        File.Copy(Repo.ReferenceData, folder.File("papers/west/budget.json"));
        File.Copy(Repo.Path("templates", "allocations", "example.json"), folder.File("papers/grants/allocations.json"));
        File.WriteAllText(folder.File("papers/broken.json"), "{ \"report\": ");

        var run = RealProcess.RunIn(folder.Path, "build", "papers", "--out", "out", "--format", "pdf,html");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("built 2 of 3 papers:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("failed  papers/broken.json (exit 1: the data has errors)", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"papers/broken\.json\(1,\d+\): error RG\d{4}", run.Stderr);
        Assert.True(File.Exists(folder.File("out/west/budget/board-paper-2022-23.pdf")));
        Assert.True(File.Exists(folder.File("out/grants/allocations/allocations-2023-24.html")));
        Assert.False(Directory.Exists(folder.File("out/broken")));
        // The batch's paper is the one a single build makes.
        var single = RealProcess.RunIn(folder.Path, "build", "papers/west/budget.json", "--out", "single", "--format", "pdf");
        Assert.Equal(0, single.ExitCode);
        Assert.Equal(File.ReadAllBytes(folder.File("single/board-paper-2022-23.pdf")), File.ReadAllBytes(folder.File("out/west/budget/board-paper-2022-23.pdf")));
    }

    [Fact]
    public void Papers_built_at_once_are_the_papers_built_one_by_one_and_report_in_order()
    {
        using var folder = new TempDir();
        var sources = new[]
        {
            Repo.ReferenceData, Repo.Path("data", "examples", "two-year-budget.json"), Repo.Path("data", "examples", "exempt-paper.json"),
            Repo.Path("templates", "allocations", "example.json"), Repo.Path("templates", "board-paper", "example.json"), Repo.ReferenceData,
        };
        Directory.CreateDirectory(folder.File("papers"));
        for (var i = 0; i < sources.Length; i++) File.Copy(sources[i], folder.File($"papers/p{i}.json"));

        var batch = RealProcess.RunIn(folder.Path, "build", "papers", "--out", "out");

        Assert.True(batch.ExitCode == 0, batch.Stdout + batch.Stderr);
        // Each paper's header, then its own lines, in the order of the papers, whichever finished first.
        var headers = batch.Stdout.Split('\n').Where(l => l.StartsWith('[')).ToList();
        Assert.Equal(sources.Select((_, i) => $"[{i + 1}/{sources.Length}] papers/p{i}.json"), headers);
        var blocks = batch.Stdout.Split("\n[");  // the first starts the output
        for (var i = 0; i < sources.Length; i++)
        {
            var wrote = blocks[i].Split('\n').Where(l => l.StartsWith("wrote ", StringComparison.Ordinal)).ToList();
            Assert.Equal(4, wrote.Count);
            Assert.All(wrote, l => Assert.Contains($"/p{i}/", l, StringComparison.Ordinal));
        }
        for (var i = 0; i < sources.Length; i++)
        {
            var single = RealProcess.RunIn(folder.Path, "build", $"papers/p{i}.json", "--out", $"single{i}");
            Assert.Equal(0, single.ExitCode);
            var files = Directory.GetFiles(folder.File($"single{i}")).Where(f => !Path.GetFileName(f).StartsWith('.')).ToList();
            Assert.Equal(4, files.Count);
            foreach (var file in files)
                Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(folder.File($"out/p{i}/{Path.GetFileName(file)}")));
        }
    }

    [Fact]
    public void Watch_rebuilds_on_save_and_keeps_the_last_good_outputs_when_a_save_is_broken()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        var good = File.ReadAllText(Repo.ReferenceData);
        File.WriteAllText(data, good);
        var watch = RealProcess.StartShellIn(folder.Path, "$RG watch budget.json --out out --format html --builds 3 >log 2>err");
        var html = folder.File("out/board-paper-2022-23.html");

        WaitFor(folder.File("log"), "build 1: wrote");
        var first = File.ReadAllBytes(html);

        File.WriteAllText(data, good[..(good.Length / 2)]);
        WaitFor(folder.File("log"), "build 2: not built");
        Assert.Equal(first, File.ReadAllBytes(html));
        Assert.Matches(@"budget\.json\(\d+,\d+\): error RG\d{4}", File.ReadAllText(folder.File("err")));

        File.WriteAllText(data, good.Replace("OPCC External Commissioning Budget 2022/23", "OPCC External Commissioning Budget 2022/23 (amended)", StringComparison.Ordinal));
        var ended = watch.Wait(TimeSpan.FromSeconds(60));
        Assert.False(ended.TimedOut);
        Assert.Equal(0, ended.ExitCode);
        Assert.Contains("build 3: wrote", File.ReadAllText(folder.File("log")), StringComparison.Ordinal);
        Assert.Contains("<title>OPCC External Commissioning Budget 2022/23 (amended)</title>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [ProgramFact("script")]
    public void A_slow_build_shows_its_stages_on_a_terminal_and_nothing_extra_when_piped()
    {
        using var folder = new TempDir();
        var reference = BudgetLoader.LoadFile(Repo.ReferenceData).Paper!;
        File.WriteAllBytes(folder.File("big.json"), BudgetJson.ToUtf8(ReportGen.Benchmarks.LargeBudget.From(reference, 4500)));

        // script(1) gives reportgen a terminal for its standard error, as a person at a shell has.
        var terminal = RealProcess.Shell($"cd '{folder.Path}' && script -qec \"$(declare -f reportgen); reportgen build big.json --out tty\" /dev/null");
        Assert.True(terminal.ExitCode == 0, terminal.Stdout + terminal.Stderr);
        Assert.Matches(@"reportgen: big\.json: (writing the (PDF|DOCX|HTML)|committing the outputs) \(\d+\.\d s\)", terminal.Stdout);
        Assert.Matches(@"reportgen: big\.json: done in \d+\.\d s", terminal.Stdout);

        var piped = RealProcess.RunIn(folder.Path, "build", "big.json", "--out", "piped");
        Assert.Equal((0, ""), (piped.ExitCode, piped.Stderr));
        Assert.Equal(File.ReadAllBytes(folder.File("tty/board-paper-2022-23.pdf")), File.ReadAllBytes(folder.File("piped/board-paper-2022-23.pdf")));
    }

    private static void WaitFor(string log, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(File.Exists(log) && File.ReadAllText(log).Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no \"{text}\" in {(File.Exists(log) ? File.ReadAllText(log) : "(no log)")}");
            Thread.Sleep(50);
        }
    }
}
