using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary><c>reportgen check</c> run in memory: what it prints and how it exits.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDir folder = new();

    public void Dispose() => folder.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void A_clean_pdf_passes_with_exit_0()
    {
        var path = Write("clean.pdf", Create().Build());
        var run = CliRun.Of("check", path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(path)}: passes \d+ PDF/UA-1 and PDF/A-2 checks\n$", run.Stdout);
    }

    [Fact]
    public void Findings_print_one_a_line_compiler_style_and_exit_1()
    {
        var path = Write("broken.pdf", Create().Replace(Page, " /Tabs /S", "").Replace(LinkAnnot, "/F 4 ", "").Build());
        var run = CliRun.Of("check", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            $"{path}(page 1, obj 3): error PDF/UA-1 7.18.3: the page has annotations but no /Tabs: tab order may not follow the structure [Matterhorn 28-008]\n" +
            $"{path}(page 1, obj 24): error PDF/A-2 6.3.2: a /Link annotation has no /F flags, so it is not set to print\n" +
            "2 error(s), 0 warning(s)\n", run.Stderr);
    }

    [Fact]
    public void Warnings_alone_print_but_pass()
    {
        var path = Write("group.pdf", Create().Replace(Page, "/Type /Page ", "/Type /Page /Group << /S /Transparency /CS /DeviceRGB >> ").Build());
        var run = CliRun.Of("check", path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("(page 1, obj 3): warning PDF/A-2 6.2.10: ", run.Stderr);
        Assert.EndsWith("0 error(s), 1 warning(s)\n", run.Stderr);
        Assert.Contains(": passes ", run.Stdout);
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_is_a_finding_with_exit_1_not_an_internal_error()
    {
        var run = CliRun.Of("check", Repo.ReferenceData);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{Repo.ReferenceData}: error RG0802: this is not a PDF: there is no '%PDF-' header in its first 1,024 bytes\n1 error(s), 0 warning(s)\n", run.Stderr);
    }

    [Fact]
    public void A_missing_file_or_a_folder_exits_3()
    {
        var missing = CliRun.Of("check", folder.File("nope.pdf"));
        Assert.Equal(ExitCodes.InputMissing, missing.ExitCode);
        Assert.Contains("error RG0800: the file does not exist. Check the path.", missing.Stderr);
        var directory = CliRun.Of("check", folder.Path);
        Assert.Equal(ExitCodes.InputMissing, directory.ExitCode);
        Assert.Contains("error RG0800: the file is a folder, not a PDF file.", directory.Stderr);
    }

    [Fact]
    public void A_wrong_command_line_exits_2()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Of("check").ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("check", "a.pdf", "b.pdf").ExitCode);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("check", "--frobnicate", "a.pdf").ExitCode);
    }

    [Fact]
    public void Over_ten_megabytes_is_refused_even_where_the_size_is_not_known_in_advance()
    {
        var big = Write("big.pdf", new byte[10 * 1024 * 1024 + 1]);
        Assert.Contains("error RG0801", CliRun.Of("check", big).Stderr);
        if (!File.Exists("/dev/zero")) return;
        var endless = CliRun.Of("check", "/dev/zero");
        Assert.Equal(1, endless.ExitCode);
        Assert.Contains("/dev/zero: error RG0801: the file is over 10,485,760 bytes", endless.Stderr);
    }

    [Fact]
    public void Help_lists_the_check_command() => Assert.Contains("check", CliRun.Of("--help").Stdout);
}
