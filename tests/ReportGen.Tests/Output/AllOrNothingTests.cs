using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

/// <summary>
/// A build replaces every output or none, through the command line: with the second and third outputs (the DOCX
/// and the HTML) blocked in each way Linux can block them, the previous set stays byte-identical, no working
/// file is left, and the message names the blocked file — saying "nothing was changed" only when that is so.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class AllOrNothingTests
{
    // A different paper with the same name: it must not half-replace the set already there.
    private static DataVariant Amended() => new("\"title\": \"OPCC External", "\"title\": \"AMENDED OPCC External");

    private static CliRun BuildAmended(OutputFolder folder, DataVariant data) =>
        CliRun.Of("build", data.Path, "--out", folder.Path, "--templates", Built.Templates);

    private static void AssertRefusedAndUnchanged(OutputFolder folder, SortedDictionary<string, string> before, CliRun run, string code, params string[] blocked)
    {
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        foreach (var name in blocked) Assert.Contains($"{folder.File(name)}: error {code}: ", run.Stderr);
        Assert.Contains("the previous outputs are as they were", run.Stderr);
        Assert.Equal(before, folder.Snapshot());
        Assert.Empty(folder.Leftovers());
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_folder_where_the_outputs_go_blocks_the_whole_set()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var data = Amended();
        foreach (var name in new[] { "board-paper-2022-23.docx", "board-paper-2022-23.html" })
        {
            File.Delete(folder.File(name));
            Directory.CreateDirectory(folder.File(name));
        }
        var before = folder.Snapshot();
        AssertRefusedAndUnchanged(folder, before, BuildAmended(folder, data), "RG0503", "board-paper-2022-23.docx", "board-paper-2022-23.html");
        Assert.True(Directory.Exists(folder.File("board-paper-2022-23.docx")));
    }

    [Fact]
    public void Read_only_outputs_are_not_replaced()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var data = Amended();
        foreach (var name in new[] { "board-paper-2022-23.docx", "board-paper-2022-23.html" })
            if (OperatingSystem.IsWindows()) File.SetAttributes(folder.File(name), FileAttributes.ReadOnly);
            else File.SetUnixFileMode(folder.File(name), UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var before = folder.Snapshot();
        AssertRefusedAndUnchanged(folder, before, BuildAmended(folder, data), "RG0506", "board-paper-2022-23.docx", "board-paper-2022-23.html");
        Assert.Contains("is read-only", BuildAmended(folder, data).Stderr);
    }

    [Fact]
    public void Outputs_another_program_holds_locked_are_not_replaced()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var data = Amended();
        var before = folder.Snapshot();
        CliRun run;
        // An exclusive lock on each, as Word holds a document it has open (flock on Linux, a sharing lock on Windows).
        using (new FileStream(folder.File("board-paper-2022-23.docx"), FileMode.Open, FileAccess.Read, FileShare.None))
        using (new FileStream(folder.File("board-paper-2022-23.html"), FileMode.Open, FileAccess.Read, FileShare.None))
            run = BuildAmended(folder, data);
        AssertRefusedAndUnchanged(folder, before, run, "RG0506", "board-paper-2022-23.docx", "board-paper-2022-23.html");
        Assert.Contains("another program holds this output open with a lock", run.Stderr);
    }

    [Fact]
    public void Immutable_outputs_make_the_commit_roll_back_what_it_had_moved()
    {
        using var folder = OutputFolder.WithReferenceSet();
        if (!Shell.CanMakeImmutable(folder.Path)) return; // needs root and a file system with chattr +i (CI has both)
        using var data = Amended();
        Assert.True(Shell.Try("chattr", "+i", folder.File("board-paper-2022-23.docx")));
        Assert.True(Shell.Try("chattr", "+i", folder.File("board-paper-2022-23.html")));
        var before = folder.Snapshot();
        // Nothing tells an immutable file apart in advance: the PDF is moved aside first, then the DOCX refuses
        // to move, and the PDF must be put back.
        var run = BuildAmended(folder, data);
        Assert.Matches(@"board-paper-2022-23\.docx: error RG0506: .*board-paper-2022-23\.docx could not be moved aside: Access to the path is denied\. Every step was undone", run.Stderr);
        AssertRefusedAndUnchanged(folder, before, run, "RG0506", "board-paper-2022-23.docx");
    }

    [Fact]
    public void A_folder_that_allows_no_change_leaves_the_set_as_it_was()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var data = Amended();
        var frozen = Shell.IsRoot ? Shell.Try("chattr", "+i", folder.Path)
            : Shell.Try("chmod", "555", folder.Path);
        if (!frozen) return;
        try
        {
            var before = folder.Snapshot();
            var run = BuildAmended(folder, data);
            Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
            Assert.Matches(@"board-paper-2022-23\.pdf: error RG0501: the new board-paper-2022-23\.pdf could not be written into .*: Access to the path is denied\. Nothing was changed: the previous outputs are as they were\.", run.Stderr);
            Assert.Equal(before, folder.Snapshot());
        }
        finally
        {
            if (Shell.IsRoot) Shell.Try("chattr", "-i", folder.Path);
            else Shell.Try("chmod", "755", folder.Path);
        }
    }

    [Fact]
    public void A_move_that_fails_after_others_succeeded_undoes_them_all()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var data = Amended();
        var before = folder.Snapshot();
        var manifest = folder.File("board-paper-2022-23.manifest.json");
        // The last move of all (the manifest into place) fails, after every other output has moved in.
        ReportGen.OutputTransaction.BeforeMove = to => { if (to == manifest) throw new IOException("No space left on device"); };
        try
        {
            var run = BuildAmended(folder, data);
            Assert.Contains($"{manifest}: error RG0506: {manifest} could not be moved into place: No space left on device. Every step was undone", run.Stderr);
            AssertRefusedAndUnchanged(folder, before, run, "RG0506");
        }
        finally
        {
            ReportGen.OutputTransaction.BeforeMove = null;
        }
    }

    [Fact]
    public void Without_any_block_the_whole_set_is_replaced_and_nothing_is_left_behind()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var data = Amended();
        var before = folder.Snapshot();
        var run = BuildAmended(folder, data);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var after = folder.Snapshot();
        foreach (var name in new[] { "board-paper-2022-23.pdf", "board-paper-2022-23.docx", "board-paper-2022-23.html", "board-paper-2022-23.manifest.json" })
            Assert.NotEqual(before[name], after[name]);
        Assert.Empty(folder.Leftovers());
        Assert.Equal(ExitCodes.Success, CliRun.Of("verify", folder.Path).ExitCode);
    }
}
