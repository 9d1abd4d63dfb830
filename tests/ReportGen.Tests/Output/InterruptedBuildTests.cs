using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

/// <summary>
/// A build that died in the middle of its commit leaves working files; the next build into the folder finishes
/// the job — rolling back an uncommitted one, forward a committed one — and sweeps only files of ours.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class InterruptedBuildTests
{
    private const string Pdf = "board-paper-2022-23.pdf", Docx = "board-paper-2022-23.docx", Html = "board-paper-2022-23.html",
        Manifest = "board-paper-2022-23.manifest.json";

    private static CliRun BuildHtml(OutputFolder folder, string data) =>
        CliRun.Of("build", data, "--out", folder.Path, "--templates", Built.Templates, "--format", "html");

    [Fact]
    public void A_build_killed_half_way_through_its_swap_is_rolled_back_by_the_next()
    {
        using var folder = OutputFolder.WithReferenceSet();
        var before = folder.Snapshot();
        // What process 4242 left: PDF moved aside and its new one moved in; DOCX moved aside only; HTML untouched;
        // a new manifest file written but not moved; and a target that had no previous file, already moved in.
        File.WriteAllText(folder.File("board-paper-extra.pdf"), "new, had no previous file");
        File.WriteAllText(folder.File(".reportgen-journal.4242"),
            $"ReportGen output journal 1\n1 {Pdf}\n1 {Docx}\n1 {Html}\n1 {Manifest}\n0 board-paper-extra.pdf\n");
        File.Move(folder.File(Pdf), folder.File($".reportgen-old.4242.{Pdf}"));
        File.WriteAllText(folder.File(Pdf), "the dead build's new PDF");
        File.Move(folder.File(Docx), folder.File($".reportgen-old.4242.{Docx}"));
        File.WriteAllText(folder.File($".reportgen-new.4242.{Manifest}"), "{}");

        using var other = new TempDir();
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", folder.Path, "--templates", Built.Templates, "--name", "other");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"{folder.Path}: warning RG0508: an earlier build into this folder (process 4242) stopped half-way through replacing its outputs; the previous ones were put back.", run.Stderr);
        var after = folder.Snapshot();
        foreach (var (name, hash) in before) Assert.Equal(hash, after[name]);
        Assert.DoesNotContain("board-paper-extra.pdf", after.Keys);
        Assert.Empty(folder.Leftovers());
    }

    [Fact]
    public void A_build_killed_after_its_commit_point_is_finished_forwards()
    {
        using var folder = OutputFolder.WithReferenceSet();
        File.WriteAllText(folder.File($".reportgen-old.77.{Pdf}"), "the previous PDF, no longer wanted");
        File.WriteAllText(folder.File(".reportgen-committed.77"), $"ReportGen output journal 1\n1 {Pdf}\n");
        var before = folder.Snapshot();
        var run = BuildHtml(folder, Repo.ReferenceData);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("(process 77) had put all its new outputs in place; its copies of the previous ones were removed.", run.Stderr);
        Assert.Equal(before[Pdf], folder.Snapshot()[Pdf]);
        Assert.Empty(folder.Leftovers());
    }

    [Fact]
    public void Temporary_files_of_earlier_versions_are_swept_but_nothing_else()
    {
        using var folder = OutputFolder.WithReferenceSet();
        File.WriteAllText(folder.File($"{Pdf}.tmp-12345"), "half a PDF");
        File.WriteAllText(folder.File(".reportgen-new.99.board-paper-2022-23.html"), "half a page");
        File.WriteAllText(folder.File("notes.tmp-draft"), "a person's file");
        File.WriteAllText(folder.File(".reportgen-mine"), "not a name we make");
        var run = BuildHtml(folder, Repo.ReferenceData);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains($"removed 1 unfinished file(s) an interrupted build left: {Pdf}.tmp-12345.", run.Stderr);
        Assert.Contains("(process 99) stopped before replacing anything; its unfinished files were removed.", run.Stderr);
        Assert.True(File.Exists(folder.File("notes.tmp-draft")));
        Assert.True(File.Exists(folder.File(".reportgen-mine")));
        Assert.False(File.Exists(folder.File($"{Pdf}.tmp-12345")));
    }

    [Fact]
    public void A_journal_naming_files_outside_the_folder_is_not_obeyed()
    {
        using var folder = OutputFolder.WithReferenceSet();
        File.WriteAllText(folder.File(".reportgen-journal.5"), "ReportGen output journal 1\n0 ../../important.txt\n");
        var run = BuildHtml(folder, Repo.ReferenceData);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(File.Exists(folder.File(".reportgen-journal.5")), "a journal that is not ours is left alone");
    }
}
