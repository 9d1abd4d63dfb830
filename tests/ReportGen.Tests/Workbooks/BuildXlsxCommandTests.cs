using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbooks;

/// <summary><c>reportgen build --format xlsx</c>: the workbook as one more output of the build, with the others' guarantees.</summary>
public class BuildXlsxCommandTests
{
    [Fact]
    public void Build_writes_the_workbook_beside_the_paper_in_the_manifest_and_it_imports_back_unchanged()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.Copy(Repo.ReferenceData, data);

        var first = CliRun.Of("build", data, "--out", folder.File("a"), "--format", "pdf,xlsx");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var workbook = folder.File("a/board-paper-2022-23.xlsx");
        Assert.Contains($"wrote {workbook}", first.Stdout, StringComparison.Ordinal);
        Assert.Empty(Workbook.ValidationErrors(File.ReadAllBytes(workbook)));

        // Same data, same bytes; and the manifest vouches for the workbook like any output.
        Assert.Equal(0, CliRun.Of("build", data, "--out", folder.File("b"), "--format", "pdf,xlsx").ExitCode);
        Assert.Equal(File.ReadAllBytes(workbook), File.ReadAllBytes(folder.File("b/board-paper-2022-23.xlsx")));
        Assert.Contains("\"board-paper-2022-23.xlsx\"", File.ReadAllText(folder.File("a/board-paper-2022-23.manifest.json")), StringComparison.Ordinal);
        var verified = CliRun.Of("verify", folder.File("a"));
        Assert.True(verified.ExitCode == 0, verified.Stdout + verified.Stderr);

        // The built workbook is one the finance team can edit and import: unchanged, it changes nothing.
        var imported = CliRun.Of("import", workbook, "--into", data);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Equal($"{data} already says what {workbook} says; it was not rewritten.\n", imported.Stdout);
        Assert.Equal(File.ReadAllBytes(Repo.ReferenceData), File.ReadAllBytes(data));
    }
}
