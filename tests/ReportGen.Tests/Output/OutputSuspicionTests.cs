using ReportGen.Cli;
using ReportGen.Files;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Files;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

/// <summary>
/// Outputs are written with suspicion: never over an input, never over anything but an ordinary file (a device
/// node, a FIFO, a folder, a link), and a command line asking for no format at all is a usage error.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class OutputSuspicionTests
{
    [Fact]
    public void A_data_file_that_sits_where_an_output_goes_is_never_overwritten()
    {
        using var output = new TempDir();
        var data = output.File("board-paper-2022-23.html");
        File.Copy(Repo.ReferenceData, data);
        var before = File.ReadAllBytes(data);
        var run = CliRun.Of("build", data, "--out", output.Path, "--templates", Built.Templates);
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains($"{data}: error RG0502: this output would replace an input of the build", run.Stderr);
        Assert.Equal(before, File.ReadAllBytes(data));
        Assert.Equal([".reportgen.lock", "board-paper-2022-23.html"], Directory.GetFiles(output.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_input_reached_through_a_link_is_recognised_too()
    {
        using var output = new TempDir();
        var data = output.File("budget.json");
        File.Copy(Repo.ReferenceData, data);
        var linkedOut = output.File("linked-out");
        Directory.CreateSymbolicLink(linkedOut, output.Path);
        var run = CliRun.Of("build", data, "--out", linkedOut, "--templates", Built.Templates, "--name", "budget", "--format", "html");
        Assert.Equal(ExitCodes.Success, run.ExitCode); // budget.html and budget.manifest.json do not touch budget.json
        File.Move(data, output.File("budget.html"), overwrite: true);
        run = CliRun.Of("build", output.File("budget.html"), "--out", linkedOut, "--templates", Built.Templates, "--name", "budget", "--format", "html");
        Assert.Contains("error RG0502", run.Stderr);
        Assert.StartsWith("{", File.ReadAllText(output.File("budget.html")));
    }

    [Fact]
    public void Schema_out_onto_a_fifo_or_a_device_node_leaves_it_as_it_is()
    {
        using var folder = new TempDir();
        var fifo = InputFileTests.MakeFifo(folder, "schema.json");
        var run = CliRun.Of("schema", "--out", fifo);
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains($"{fifo}: error RG0503: a device, pipe or socket is where this output goes", run.Stderr);
        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
        // A device node of our own (root can make one): /dev/null's numbers, in the test's folder.
        var device = folder.File("null-device");
        if (Shell.Try("mknod", device, "c", "1", "3"))
        {
            Assert.Equal(ExitCodes.OutputFailed, CliRun.Of("schema", "--out", device).ExitCode);
            Assert.Equal(FileKind.Special, FileKinds.Of(device));
        }
        Assert.Empty(Directory.GetFiles(folder.Path, ".reportgen-*"));
    }

    [Fact]
    public void An_output_that_is_a_link_is_not_followed_or_replaced()
    {
        using var output = new TempDir();
        var elsewhere = output.File("elsewhere.html");
        File.WriteAllText(elsewhere, "someone else's page");
        File.CreateSymbolicLink(output.File("board-paper-2022-23.html"), elsewhere);
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", Built.Templates, "--format", "html");
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("error RG0503: a symbolic link is where this output goes", run.Stderr);
        Assert.Equal("someone else's page", File.ReadAllText(elsewhere));
    }

    [Theory]
    [InlineData(",")]
    [InlineData(" , ,")]
    [InlineData("")]
    public void No_format_at_all_is_a_usage_error_and_writes_nothing(string formats)
    {
        using var output = new TempDir();
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", Built.Templates, "--format", formats);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("reportgen: --format names no format. Use one or more of: pdf, docx, html, xlsx.", run.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }
}
