using System.Text.Json;
using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

/// <summary>
/// The manifest beside the outputs: the tool's version and the SHA-256 of every output and input, byte-for-byte
/// the same for the same inputs wherever they are built; <c>reportgen verify</c> finds every difference.
/// </summary>
public class ManifestTests
{
    private const string ManifestName = "board-paper-2022-23.manifest.json";

    [Fact]
    public void The_manifest_lists_every_output_and_input_with_hashes_that_match()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(folder.File(ManifestName)));
        var root = manifest.RootElement;
        Assert.Equal("ReportGen manifest 1", root.GetProperty("manifest").GetString());
        Assert.Equal($"ReportGen {App.Version}", root.GetProperty("tool").GetString());
        var outputs = root.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["board-paper-2022-23.docx", "board-paper-2022-23.html", "board-paper-2022-23.pdf"], outputs.Select(o => o.GetProperty("file").GetString()));
        foreach (var output in outputs)
        {
            var bytes = File.ReadAllBytes(folder.File(output.GetProperty("file").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), output.GetProperty("sha256").GetString());
            Assert.Equal(bytes.Length, output.GetProperty("bytes").GetInt64());
        }
        var inputs = root.GetProperty("inputs").EnumerateArray().Select(i => (Role: i.GetProperty("role").GetString(), File: i.GetProperty("file").GetString())).ToList();
        Assert.Equal(("data", "budget.json"), inputs[0]);
        Assert.Equal(("theme", "theme.json"), inputs[^1]);
        Assert.Equal(Directory.GetFiles(Built.Templates, "*.sbn").Length, inputs.Count(i => i.Role == "template"));
    }

    [Fact]
    public void The_manifest_is_the_same_bytes_wherever_the_same_inputs_are_built()
    {
        using var first = OutputFolder.WithReferenceSet();
        using var second = OutputFolder.WithReferenceSet();
        var bytes = File.ReadAllBytes(first.File(ManifestName));
        Assert.Equal(bytes, File.ReadAllBytes(second.File(ManifestName)));
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain(first.Path, text);
        Assert.DoesNotContain("/", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Verify_says_a_clean_folder_is_clean()
    {
        using var folder = OutputFolder.WithReferenceSet();
        var run = CliRun.Of("verify", folder.Path, "--data", Repo.ReferenceData, "--templates", Built.Templates);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.EndsWith($"{folder.Path}: every file matches its manifest\n", run.Stdout);
        // Three outputs, the data, and every template and the theme the build read.
        var templates = Directory.GetFiles(Built.Templates, "*.sbn").Length + 1;
        Assert.Equal(3 + 1 + templates, run.Stdout.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Verify_finds_a_missing_a_changed_and_an_extra_file()
    {
        using var folder = OutputFolder.WithReferenceSet();
        File.Delete(folder.File("board-paper-2022-23.docx"));
        File.AppendAllText(folder.File("board-paper-2022-23.html"), "<!-- edited -->");
        File.WriteAllText(folder.File("board-paper-2022-23 (copy).pdf"), "a stray copy");
        var run = CliRun.Of("verify", folder.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains($"{folder.File("board-paper-2022-23.docx")}: error RG0702: this output is listed in the manifest but missing.", run.Stderr);
        Assert.Matches(@"board-paper-2022-23\.html: error RG0703: this output has changed since it was built: SHA-256 [0-9a-f]{64} \([0-9,]+ bytes\), the manifest says [0-9a-f]{64}", run.Stderr);
        Assert.Contains($"{folder.File("board-paper-2022-23 (copy).pdf")}: error RG0704: no manifest lists this file", run.Stderr);
        Assert.Contains("ok ", run.Stdout);
        Assert.DoesNotContain("every file matches", run.Stdout);
    }

    [Fact]
    public void Verify_checks_the_inputs_it_is_given()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var other = new DataVariant("\"version\": \"1.0\"", "\"version\": \"1.0\" ");
        var run = CliRun.Of("verify", folder.Path, "--data", other.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains($"{other.Path}: error RG0705: this data input has changed since it was built", run.Stderr);
    }

    [Fact]
    public void Verify_of_a_folder_without_a_manifest_or_with_a_broken_one_is_not_clean()
    {
        using var empty = new TempDir();
        File.WriteAllText(empty.File("paper.pdf"), "%PDF");
        var run = CliRun.Of("verify", empty.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains("error RG0700: the folder has no manifest", run.Stderr);
        File.WriteAllText(empty.File("x.manifest.json"), "{\"manifest\": \"ReportGen manifest 1\", \"outputs\": 3}");
        Assert.Contains("error RG0701: this manifest cannot be used", CliRun.Of("verify", empty.Path).Stderr);
        File.WriteAllText(empty.File("x.manifest.json"), "{\"manifest\": \"ReportGen manifest 1\", \"tool\": \"\", \"inputs\": [], \"outputs\": [{\"file\": \"../../etc/passwd\", \"bytes\": 1, \"sha256\": \"00\"}]}");
        Assert.Contains("error RG0701: the manifest names '../../etc/passwd', which is not a file name in this folder.", CliRun.Of("verify", empty.Path).Stderr);
        Assert.Equal(ExitCodes.InputMissing, CliRun.Of("verify", empty.File("no-such-folder")).ExitCode);
    }
}
