using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Loading;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// Exempt information in workbooks: the public edition withholds it as the public PDF does (and cannot be imported,
/// since importing it would lose those lines); the finance team's workbook carries it, is marked, and imports with
/// every exemption kept.
/// </summary>
public class ExemptionWorkbookTests
{
    [Fact]
    public void The_public_edition_carries_no_withheld_label_id_or_amount_kept_out_of_totals()
    {
        var workbook = Workbook.Of(Papers.Load(ExemptPaper.Build()), new WorkbookOptions { WithholdExempt = true });
        Assert.Empty(Workbook.ValidationErrors(workbook));
        var text = AllText(workbook);
        foreach (var withheld in new[] { ">Helpline<", ">Costs<", "vs-helpline", "vs-costs", "Catch 22", "Weapon Bins", "ec-", "C/fwd 21-22 External Fund", "Police Grant and POCA<" })
            Assert.DoesNotContain(withheld, text);
        // Costs' £10,000 is kept out of the totals too; External Commissioning's lines appear nowhere.
        foreach (var amount in new[] { "10000", "43250", "150050" })
            Assert.DoesNotMatch($"(?<![0-9.]){amount}(?![0-9])", text);
        Assert.Contains($"Exempt information: {ExemptPaper.Reason}", text);
    }

    [Fact]
    public void The_public_edition_cannot_be_imported()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.WriteAllBytes(data, BudgetJson.ToUtf8(ExemptPaper.Build()));
        var workbook = folder.File("public.xlsx");
        File.WriteAllBytes(workbook, Workbook.Of(Papers.Load(ExemptPaper.Build()), new WorkbookOptions { WithholdExempt = true }));
        var run = CliRun.Of("import", workbook, "--into", data);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"{Regex.Escape(workbook)}\[External Commissioning\]!C4: error RG0418: this is the public edition", run.Stderr);
    }

    [Fact]
    public void The_finance_teams_workbook_is_marked_and_imports_with_every_exemption_kept()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.WriteAllBytes(data, BudgetJson.ToUtf8(ExemptPaper.Build()));
        var workbook = folder.File("budget.xlsx");
        var written = CliRun.Of("new", "--xlsx", "--from", data, "--out", workbook);
        Assert.True(written.ExitCode == 0, written.Stderr);
        Assert.Contains("marked NOT FOR PUBLICATION", written.Stdout);
        var text = AllText(File.ReadAllBytes(workbook));
        Assert.Contains("&amp;C&amp;BNOT FOR PUBLICATION", text);
        Assert.Contains(">Helpline<", text);

        var before = File.ReadAllBytes(data);
        var imported = CliRun.Of("import", workbook, "--into", data);
        Assert.True(imported.ExitCode == 0, imported.Stderr);
        Assert.Equal(before, File.ReadAllBytes(data));
        Assert.Contains("\"in_totals\": false", File.ReadAllText(data));
    }

    // Every part of the package as text.
    private static string AllText(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        return string.Concat(zip.Entries.Select(e => { using var reader = new StreamReader(e.Open(), Encoding.UTF8); return reader.ReadToEnd(); }));
    }
}
