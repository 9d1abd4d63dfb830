using System.Text.RegularExpressions;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Docs;

/// <summary>
/// The guides in docs/ are followed as a reader would: every command in their <c>sh</c> blocks is run, in order, by a
/// real reportgen process in a fresh folder outside the repository, so a guide that drifts from the tool fails here.
/// </summary>
public partial class GuideTests
{
    [Fact]
    public void Next_years_paper_guide_works_as_written()
    {
        using var folder = new TempDir();
        Directory.CreateDirectory(folder.File("data/2022-23"));
        File.Copy(Repo.ReferenceData, folder.File("data/2022-23/budget.json"));

        var runs = Follow("next-years-paper.md", folder.Path);

        // The rewrite the guide shows as an example is one the roll-forward really prints.
        var example = Regex.Match(Guide("next-years-paper.md"), @"\n +```\n +(data/2023-24/budget\.json \$\.report\.title: .+)\n").Groups[1].Value;
        Assert.NotEmpty(example);
        Assert.Contains(example, runs[0].Stdout);
        Assert.True(File.Exists(folder.File("out/2023-24/board-paper-2023-24-v0.1.pdf")), string.Join('\n', runs.Select(r => r.Stdout)));
    }

    [Fact]
    public void Your_organisations_paper_guide_works_as_written_and_its_prose_is_the_organisations_own()
    {
        using var folder = new TempDir();
        var runs = Follow("your-organisations-paper.md", folder.Path);
        Assert.Matches(@"(?m)^board-paper +.+\(built in\)$", runs[0].Stdout);
        Assert.Matches(@"(?m)^allocations +.+\(built in\)$", runs[0].Stdout);

        // The guide says every prose file is the organisation's to rewrite: do so, and none of the West Midlands
        // office's words reach the paper, while the figures still come from the data.
        var prose = Directory.GetFiles(folder.File("templates/our-paper"), "prose-*.sbn");
        Assert.True(prose.Length >= 5, string.Join(", ", prose));
        foreach (var file in prose)
        {
            var text = File.ReadAllText(file);
            Assert.StartsWith("{{ ## ORGANISATION PROSE", text, StringComparison.Ordinal);
            File.WriteAllText(file, text.Replace("West Midlands", "Northshire", StringComparison.Ordinal));
        }
        var html = Build(folder, "out/ours");
        Assert.Contains("Northshire", html, StringComparison.Ordinal);
        Assert.DoesNotContain("West Midlands", html, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("out/allocations/allocations-2023-24.pdf")));
    }

    private static string Build(TempDir folder, string output)
    {
        var run = RealProcess.RunIn(folder.Path, "build", "data/our-paper/budget.json", "--templates", "templates/our-paper", "--out", output, "--format", "html");
        Assert.True(run.ExitCode == 0, run.Stderr);
        return File.ReadAllText(Directory.GetFiles(folder.File(output), "*.html").Single());
    }

    /// <summary>Runs every command of the guide's sh blocks in order in <paramref name="folder"/>; each must succeed.</summary>
    private static List<ProcessRun> Follow(string guide, string folder)
    {
        var commands = ShBlock().Matches(Guide(guide)).SelectMany(block => block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.True(commands.Count >= 3, $"{guide} has {commands.Count} commands");
        var runs = new List<ProcessRun>();
        foreach (var command in commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("reportgen", words[0]);
            var run = RealProcess.RunIn(folder, words[1..]);
            Assert.True(run.ExitCode == 0, $"{command}\nexit {run.ExitCode}\n{run.Stderr}");
            runs.Add(run);
        }
        return runs;
    }

    private static string Guide(string name) => File.ReadAllText(Repo.Path("docs", name)).Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"(?m)^```sh\n(.*?)^```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();
}
