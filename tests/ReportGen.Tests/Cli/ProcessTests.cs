using System.Diagnostics;
using ReportGen.Cli;
using ReportGen.Tests.Output;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// The command as a real process, for what only a real process shows: a closed pipe or a full device ends with a
/// message where one can be given and a non-zero exit, never a signal; concurrent builds into one folder never
/// leave a mixed set; a build killed at any moment is finished by the next; another build's lock is waited for.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class ProcessTests
{
    private static string Templates => Built.Templates;

    [Theory]
    [InlineData("$RG schema | true")]
    [InlineData("$RG validate {data} | true")]
    [InlineData("$RG schema > /dev/full")]
    [InlineData("$RG schema >&-")]
    public void A_closed_or_full_standard_output_is_a_message_and_exit_code_5(string line)
    {
        var run = RealProcess.Shell(line.Replace("{data}", Repo.ReferenceData, StringComparison.Ordinal) + "; exit ${PIPESTATUS[0]}");
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("reportgen: standard output could not be written", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void A_full_standard_error_is_a_non_zero_exit_not_a_signal()
    {
        var bad = Repo.Fixtures("BadData", "programme-does-not-balance.json");
        Assert.Equal(ExitCodes.DataErrors, RealProcess.Shell($"$RG validate '{bad}' 2>/dev/full").ExitCode);
        // The reference data validates with a warning nobody can now see: that is not a clean success.
        Assert.Equal(ExitCodes.OutputFailed, RealProcess.Shell($"$RG validate '{Repo.ReferenceData}' 2>/dev/full").ExitCode);
        Assert.Equal(ExitCodes.OutputFailed, RealProcess.Shell($"$RG validate '{Repo.ReferenceData}' 2>/dev/full | true; exit ${{PIPESTATUS[0]}}").ExitCode);
    }

    [Fact]
    public void Eight_concurrent_builds_of_different_papers_into_one_folder_leave_one_whole_set()
    {
        using var root = new TempDir();
        var output = root.File("out");
        var builds = Enumerable.Range(1, 8).Select(i =>
        {
            var data = root.File($"budget-{i}.json");
            File.WriteAllText(data, File.ReadAllText(Repo.ReferenceData).Replace("\"title\": \"OPCC External", $"\"title\": \"Variant {i} OPCC External", StringComparison.Ordinal));
            return RealProcess.Start(["build", data, "--out", output, "--templates", Templates, "--wait", "300"]);
        }).ToList();
        var runs = builds.Select(b => b.Wait(TimeSpan.FromMinutes(5))).ToList();
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        Assert.Equal(ExitCodes.Success, CliRun.Of("verify", output).ExitCode);
        // Whichever build committed last, all three formats are its own.
        var html = File.ReadAllText(Path.Combine(output, "board-paper-2022-23.html"));
        var variant = System.Text.RegularExpressions.Regex.Match(html, "Variant [1-8]").Value;
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(output, "board-paper-2022-23.docx"), false))
            Assert.StartsWith(variant + " ", docx.PackageProperties.Title);
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(output, "board-paper-2022-23.pdf")))
            Assert.StartsWith(variant + " ", pdf.Information.Title);
        Assert.Empty(Directory.GetFiles(output, ".reportgen-*"));
    }

    [Fact]
    public void A_build_killed_at_any_moment_is_finished_by_the_next_one()
    {
        using var folder = OutputFolder.WithReferenceSet();
        using var root = new TempDir();
        var amended = root.File("budget.json");
        File.WriteAllText(amended, File.ReadAllText(Repo.ReferenceData).Replace("\"title\": \"OPCC External", "\"title\": \"AMENDED OPCC External", StringComparison.Ordinal));
        var random = new Random(20221);
        for (var i = 0; i < 4; i++)
        {
            var build = RealProcess.Start(["build", i % 2 == 0 ? amended : Repo.ReferenceData, "--out", folder.Path, "--templates", Templates, "--format", "html,docx"]);
            Thread.Sleep(random.Next(300, 2500));
            build.Kill();
            build.Wait(TimeSpan.FromSeconds(30));
        }
        var run = CliRun.Of("build", amended, "--out", folder.Path, "--templates", Templates);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(folder.Leftovers());
        var verify = CliRun.Of("verify", folder.Path);
        Assert.True(verify.ExitCode == 0, verify.Stderr);
    }

    [Fact]
    public void A_second_build_waits_for_the_first_and_gives_up_with_a_message_when_told()
    {
        using var folder = OutputFolder.WithReferenceSet();
        var lockFile = folder.File(OutputFolderLock.FileName);
        var before = folder.Snapshot();
        // Another build holding the folder, as a process of its own (flock(1) takes the same lock .NET does;
        // -o keeps it in flock itself, not in the sleep it runs, so killing flock lets it go).
        using var holder = Process.Start("flock", ["-o", lockFile, "sleep", "30"]);
        try
        {
            Thread.Sleep(300);
            var refused = RealProcess.Run(["build", Repo.ReferenceData, "--out", folder.Path, "--templates", Templates, "--format", "html", "--wait", "0.5"]);
            Assert.Equal(ExitCodes.OutputFailed, refused.ExitCode);
            Assert.Contains("error RG0505: another build is writing into this folder and still was after 0.5 s.", refused.Stderr);
            Assert.Equal(before, folder.Snapshot());

            var waiting = RealProcess.Start(["build", Repo.ReferenceData, "--out", folder.Path, "--templates", Templates, "--format", "html", "--wait", "60"]);
            Thread.Sleep(1500);
            holder.Kill(entireProcessTree: true);
            var waited = waiting.Wait(TimeSpan.FromSeconds(60));
            Assert.True(waited.ExitCode == 0, waited.Stderr);
        }
        finally
        {
            if (!holder.HasExited) holder.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void A_template_past_its_time_budget_is_stopped_in_a_real_process()
    {
        using var templates = TemplateFolder.CopyOf(Repo.Fixtures("Templates", "runaway-loop"));
        using var output = new TempDir();
        templates.Write("paper.sbn", "# Title\n\n" + string.Concat(Enumerable.Repeat("{{ for a in 1..240000 }}{{ end }}", 2000)) + "\n");
        var run = RealProcess.Run(["build", Repo.ReferenceData, "--out", output.Path, "--templates", templates.Path],
            new Dictionary<string, string> { ["REPORTGEN_TEMPLATE_SECONDS"] = "1" });
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Contains("error RG0333: the templates took longer than 1 s to render", run.Stderr);
    }
}
