using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The template sets travel with the tool: reportgen run from a folder with no templates in it builds every set's
/// paper exactly as the repository build does, and a set copied to templates/NAME there overrides the built-in one.
/// </summary>
public class TemplateSetTests
{
    [Theory]
    [InlineData("data/2022-23/budget.json", "board-paper", "board-paper-2022-23")]
    [InlineData("templates/allocations/example.json", "allocations", "allocations-2023-24")]
    public void A_build_from_a_folder_without_templates_matches_the_repository_build_byte_for_byte(string data, string set, string name)
    {
        using var elsewhere = new TempDir();
        var data_ = elsewhere.File("budget.json");
        File.Copy(Repo.Path(data.Split('/')), data_);

        var outside = RealProcess.RunIn(elsewhere.Path, "build", "budget.json", "--out", "out");
        Assert.True(outside.ExitCode == 0, outside.Stderr);
        var inRepo = RealProcess.RunIn(Repo.Root, "build", data_, "--templates", Repo.Path("templates", set), "--out", elsewhere.File("repo"));
        Assert.True(inRepo.ExitCode == 0, inRepo.Stderr);

        // The manifests match too: the built-in set's templates and theme hash the same as the repository's files.
        foreach (var format in new[] { "pdf", "docx", "html", "manifest.json" })
        {
            var built = File.ReadAllBytes(elsewhere.File($"out/{name}.{format}"));
            Assert.True(built.AsSpan().SequenceEqual(File.ReadAllBytes(elsewhere.File($"repo/{name}.{format}"))), $"{name}.{format} differs");
        }
        Assert.Contains("\"paper.sbn\"", File.ReadAllText(elsewhere.File($"out/{name}.manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_copied_to_templates_NAME_overrides_the_built_in_one_and_list_says_so()
    {
        using var folder = new TempDir();
        var copy = RealProcess.RunIn(folder.Path, "templates", "copy", "board-paper", "templates/board-paper");
        Assert.True(copy.ExitCode == 0, copy.Stderr);
        var purpose = folder.File("templates/board-paper/prose-purpose.sbn");
        File.WriteAllText(purpose, File.ReadAllText(purpose) + "\nA sentence only this copy has.\n");

        var list = RealProcess.RunIn(folder.Path, "templates", "list");
        Assert.Matches(@"(?m)^board-paper +.+\(built in; overridden here by templates/board-paper\)$", list.Stdout);

        File.Copy(Repo.ReferenceData, folder.File("budget.json"));
        var built = RealProcess.RunIn(folder.Path, "build", "budget.json", "--out", "out", "--format", "html");
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Contains("A sentence only this copy has.", ReadHtml(folder), StringComparison.Ordinal);

        // Asked for by its built-in name elsewhere, the set has no such sentence.
        using var plain = new TempDir();
        File.Copy(Repo.ReferenceData, plain.File("budget.json"));
        Assert.Equal(0, RealProcess.RunIn(plain.Path, "build", "budget.json", "--out", "out", "--format", "html").ExitCode);
        Assert.DoesNotContain("only this copy", ReadHtml(plain), StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_never_writes_over_files_and_an_unknown_set_is_named()
    {
        using var folder = new TempDir();
        var mine = folder.File("mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "keep");

        var refused = CliRun.Of("templates", "copy", "board-paper", mine);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("error RG0271", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(mine).Select(Path.GetFileName));

        var unknown = CliRun.Of("templates", "copy", "no-such-set", folder.File("x"));
        Assert.Equal(4, unknown.ExitCode);
        Assert.Contains("no-such-set: error RG0300", unknown.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("x")));
    }

    private static string ReadHtml(TempDir folder) => File.ReadAllText(Directory.GetFiles(folder.File("out"), "*.html").Single());
}
