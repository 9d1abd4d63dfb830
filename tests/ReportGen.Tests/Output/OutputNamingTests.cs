using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

/// <summary>
/// Output names follow a pattern (--name): the default keeps the README's board-paper-2022-23 for version 1.0
/// and gives an amended version its own names, so v1.1 never replaces v1.0; tokens from the data are made safe,
/// and a pattern that is a path is refused.
/// </summary>
public class OutputNamingTests
{
    private static string[] Names(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Version_1_1_is_written_beside_version_1_0_not_over_it()
    {
        using var folder = OutputFolder.WithReferenceSet();
        Assert.Equal(["board-paper-2022-23.docx", "board-paper-2022-23.html", "board-paper-2022-23.manifest.json", "board-paper-2022-23.pdf"], Names(folder.Path));
        var before = folder.Snapshot();
        using var amended = new DataVariant("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        var run = CliRun.Of("build", amended.Path, "--out", folder.Path, "--templates", Built.Templates);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var after = folder.Snapshot();
        foreach (var (name, hash) in before) Assert.Equal(hash, after[name]);
        Assert.Contains("board-paper-2022-23-v1.1.pdf", after.Keys);
        Assert.Contains("board-paper-2022-23-v1.1.manifest.json", after.Keys);
        Assert.Equal(ExitCodes.Success, CliRun.Of("verify", folder.Path).ExitCode);
    }

    [Theory]
    [InlineData("{short_title}-{year}-v{version}", "External-Commissioning-Budget-2022-23-2022-23-v1.0")]
    [InlineData("paper {year} ({status})", "paper-2022-23-final")]
    [InlineData("{version}", "1.0")]
    public void A_pattern_names_the_set_from_the_data(string pattern, string expected)
    {
        using var output = new TempDir();
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", Built.Templates, "--format", "html", "--name", pattern);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([expected + ".html", expected + ".manifest.json"], Names(output.Path));
    }

    [Theory]
    [InlineData("../{year}")]
    [InlineData("/tmp/{year}")]
    [InlineData("out/{year}")]
    [InlineData("a\\b")]
    [InlineData("{nope}")]
    [InlineData("{year")]
    [InlineData("")]
    public void A_pattern_that_is_a_path_or_unknown_is_a_usage_error(string pattern)
    {
        using var output = new TempDir();
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", Built.Templates, "--name", pattern);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("reportgen: --name: ", run.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Fact]
    public void Tokens_from_the_data_cannot_lead_out_of_the_folder()
    {
        using var output = new TempDir();
        using var data = new DataVariant("\"short_title\": \"External Commissioning Budget 2022/23\"", "\"short_title\": \"../../etc/passwd\\u0000 <x>|*?:\"");
        // The NUL is refused by the text policy; without it the name is made safe.
        Assert.Equal(ExitCodes.DataErrors, CliRun.Of("validate", data.Path).ExitCode);
        using var safe = new DataVariant("\"short_title\": \"External Commissioning Budget 2022/23\"", "\"short_title\": \"../../etc/passwd <x>|*?:\"");
        var run = CliRun.Of("build", safe.Path, "--out", output.Path, "--templates", Built.Templates, "--format", "html", "--name", "{short_title}");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(["etc-passwd-x.html", "etc-passwd-x.manifest.json"], Names(output.Path));
    }

    [Fact]
    public void A_pattern_that_leaves_no_name_for_this_data_is_refused()
    {
        using var output = new TempDir();
        using var data = new DataVariant("\"short_title\": \"External Commissioning Budget 2022/23\"", "\"short_title\": \"£££\"");
        var run = CliRun.Of("build", data.Path, "--out", output.Path, "--templates", Built.Templates, "--name", "{short_title}");
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("error RG0504: the name pattern '{short_title}' gives no usable file name for this data", run.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }
}
