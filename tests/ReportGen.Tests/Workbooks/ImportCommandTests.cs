using System.Text.RegularExpressions;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// <c>reportgen new --xlsx</c> and <c>reportgen import</c> as an officer runs them, and each broken workbook the
/// issue names — a wrong SUM, a text amount, a missing id, an extra column, a renamed sheet — through the command
/// line: a located diagnostic with its code, exit 1, and the data file left byte for byte as it was.
/// </summary>
public class ImportCommandTests
{
    private static readonly Lazy<byte[]> Reference = new(() => Workbook.Of(Repo.ReferenceData));

    [Fact]
    public void New_xlsx_writes_the_workbook_and_importing_it_unchanged_rewrites_nothing()
    {
        using var folder = new TempDir();
        var data = Copy(folder);
        var workbook = folder.File("budget.xlsx");
        var written = CliRun.Of("new", "--xlsx", "--from", data, "--out", workbook);
        Assert.True(written.ExitCode == 0, written.Stderr);
        Assert.Contains($"wrote {workbook}: the funding summary, a sheet for each of the 4 programmes, Funding, and Transfers and reserves.", written.Stdout);
        Assert.Contains($"reportgen import {workbook} --into {data}", written.Stdout);
        // The library's workbook, byte for byte, but for the generator named in the properties.
        Assert.Empty(Workbook.ValidationErrors(File.ReadAllBytes(workbook)));

        var imported = CliRun.Of("import", workbook, "--into", data);
        // The one warning the data has, as validate gives it: located in the data file, which the workbook does not own.
        Assert.Equal((0, Warning(data)), (imported.ExitCode, imported.Stderr));
        Assert.Equal($"{data} already says what {workbook} says; it was not rewritten.\n", imported.Stdout);
        Assert.Equal(File.ReadAllBytes(Repo.ReferenceData), File.ReadAllBytes(data));
    }

    [Fact]
    public void New_xlsx_never_overwrites_and_takes_no_year()
    {
        using var folder = new TempDir();
        var workbook = folder.File("budget.xlsx");
        File.WriteAllText(workbook, "edits not yet imported");
        var again = CliRun.Of("new", "--xlsx", "--from", Repo.ReferenceData, "--out", workbook);
        Assert.Equal(5, again.ExitCode);
        Assert.Contains($"{workbook}: error RG0430: already exists.", again.Stderr);
        Assert.Equal("edits not yet imported", File.ReadAllText(workbook));
        Assert.Equal(2, CliRun.Of("new", "--xlsx", "--from", Repo.ReferenceData, "--year", "2023/24", "--out", folder.File("b.xlsx")).ExitCode);
        Assert.Equal(2, CliRun.Of("new", "--xlsx", "--from", Repo.ReferenceData, "--out", folder.File("budget.json")).ExitCode);
    }

    [Fact]
    public void A_changed_amount_is_written_into_the_data_and_reported()
    {
        using var folder = new TempDir();
        var data = Copy(folder);
        // Active Citizens goes from £400,000 to £400,100 and its POCA funding with it; the summary recalculated.
        var workbook = Write(folder, WorkbookEdit.Apply(Reference.Value, e =>
        {
            e.Number("Active Citizens (POCA)", e.CellOf("Active Citizens (POCA)", "amount", "Active Citizens"), 400100);
            e.Number("Funding", e.CellOf("Funding", "amount", "Proceeds of Crime Act receipts"), 400100);
            e.Cached("Funding summary", e.CellOf("Funding summary", "amount", "Active Citizens (POCA)"), 400100);
            e.Cached("Funding summary", e.CellOf("Funding summary", "amount", "Total"), 11291453);
        }));
        var run = CliRun.Of("import", workbook, "--into", data);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith($"updated {data} from {workbook}:\n", run.Stdout);
        Assert.Contains("changed  Active Citizens: £400,000 → £400,100 (+£100)  [ac-active-citizens]", run.Stdout);

        // Only those two amounts changed in the file's text; the rest is as the officer wrote it.
        var before = File.ReadAllLines(Repo.ReferenceData);
        var after = File.ReadAllLines(data);
        Assert.Equal(before.Length, after.Length);
        Assert.Equal([("\"amount\": 400000", "\"amount\": 400100"), ("\"amount\": 400000,", "\"amount\": 400100,")],
            before.Zip(after).Where(p => p.First != p.Second).Select(p => (p.First.Trim(), p.Second.Trim())));
        Assert.Equal((0, ""), (CliRun.Of("validate", data).ExitCode, CliRun.Of("validate", data).Stderr.Replace(Warning(data), "", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_import_the_data_does_not_validate_after_is_located_in_the_workbook_and_writes_nothing()
    {
        using var folder = new TempDir();
        var data = Copy(folder);
        // DWP typed negative, without saying it is a deduction; the published totals no longer match either.
        var workbook = Write(folder, WorkbookEdit.Apply(Reference.Value, e => e.Number("Victims Services", e.CellOf("Victims Services", "amount", "DWP"), -25000)));
        var run = CliRun.Of("import", workbook, "--into", data);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{workbook}[Victims Services]!B19: error RG0201: the amount -25000 is negative.", run.Stderr);
        Assert.Contains("[$.programmes[3].groups[0].lines[15].amount]", run.Stderr);
        Assert.Contains($"{workbook}[Victims Services]: error RG0230:", run.Stderr);
        Assert.EndsWith($"{data} was not changed.\n", run.Stderr);
        Assert.Equal(File.ReadAllBytes(Repo.ReferenceData), File.ReadAllBytes(data));
    }

    /// <summary>Broken workbooks: an edit of the reference workbook, and where and with what code the import says so.</summary>
    public static TheoryData<string, string, string> Broken => new()
    {
        // A sub-total whose SUM leaves out the group's last line (its saved value is what that SUM gives).
        { "wrong SUM", "[Community Safety]!B12", "RG0410" },
        { "text amount", "[Community Safety]!B5", "RG0407" },
        { "missing id", "[Community Safety]!D5", "RG0408" },
        { "extra column", "[Community Safety]!E3", "RG0405" },
        { "values with no key", "[Victims Services]!F9", "RG0405" },
        { "renamed sheet", "[Victims]", "RG0403" },
        { "unknown kind", "[Community Safety]!C5", "RG0406" },
        { "error value", "[Victims Services]!B4", "RG0416" },
        { "not calculated", "[Community Safety]!B15", "RG0409" },
        { "line below the totals", "[External Commissioning]!C25", "RG0412" },
        { "unknown programme", "[Funding]!A5", "RG0413" },
        { "funding on a programme sheet", "[Community Safety]!C5", "RG0417" },
        { "unpaired ring-fenced line", "[Transfers and reserves]!B8", "RG0414" },
        { "typed-over total", "[Victims Services]!B24", "RG0410" },
        { "wrong change", "[Funding summary]!C8", "RG0410" },
        { "missing repeated line", "[Community Safety]!C16", "RG0411" },
        // The data file's own checks, with the same codes as reportgen validate, located where the workbook wrote the line.
        { "no amount", "[Community Safety]!B5", "RG0256" },
        { "positive deduction", "[Community Safety]!B5", "RG0255" },
        { "transfer sides differ", "[Transfers and reserves]!B4", "RG0211" },
        { "transfer to no programme", "[Transfers and reserves]!C4", "RG0212" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_workbook_gets_a_located_diagnostic_and_the_data_is_left_as_it_was(string edit, string at, string code)
    {
        using var folder = new TempDir();
        var data = Copy(folder);
        var workbook = Write(folder, WorkbookEdit.Apply(Reference.Value, e => Break(e, edit)));
        var run = CliRun.Of("import", workbook, "--into", data);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"(^|\n){Regex.Escape(workbook + at)}: error {code}: \S", run.Stderr);
        Assert.EndsWith($"{data} was not changed.\n", run.Stderr);
        Assert.Equal(File.ReadAllBytes(Repo.ReferenceData), File.ReadAllBytes(data));
    }

    private static void Break(WorkbookEdit e, string edit)
    {
        switch (edit)
        {
            case "wrong SUM": e.Formula("Community Safety", "B12", "SUM(B5:B10)", 2049893); break;
            case "text amount": e.Text("Community Safety", "B5", "£652,108"); break;
            case "missing id": e.Clear("Community Safety", "D5"); break;
            case "extra column":
                e.Text("Community Safety", "E2", "Notes");
                e.Text("Community Safety", "E3", "notes");
                e.Text("Community Safety", "E5", "check with the YOT");
                break;
            case "values with no key": e.Number("Victims Services", "F9", 12); break;
            case "renamed sheet": e.RenameSheet("Victims Services", "Victims"); break;
            case "unknown kind": e.Text("Community Safety", "C5", "item"); break;
            case "error value": e.Formula("Victims Services", "B4", "1/0", 0); e.ErrorValue("Victims Services", "B4", "#DIV/0!"); break;
            case "not calculated": e.Formula("Community Safety", "B15", "SUM(B5:B11,B14)", 0); e.Uncached("Community Safety", "B15"); break;
            case "line below the totals": e.Text("External Commissioning", "A25", "Late addition"); e.Text("External Commissioning", "C25", "line"); e.Text("External Commissioning", "D25", "ec-late"); e.Number("External Commissioning", "B25", 10); break;
            case "unknown programme": e.Text("Funding", "A5", "Community Safty"); break;
            case "funding on a programme sheet": e.Text("Community Safety", "C5", "hidden funding"); break;
            case "unpaired ring-fenced line": e.Text("Transfers and reserves", "B7", "drawdown"); break;
            case "typed-over total": e.Number("Victims Services", "B24", 5000000); break;
            case "wrong change": e.Cached("Funding summary", "C8", 11279); break;
            case "missing repeated line": e.Text("Community Safety", "D16", "cs-to-nowhere"); break;
            case "no amount": e.Clear("Community Safety", "B5"); break;
            case "positive deduction": e.Text("Community Safety", "C5", "deduction"); break;
            case "transfer sides differ": e.Number("Transfers and reserves", "E6", 271000); break;
            case "transfer to no programme": e.Text("Transfers and reserves", "C4", "Victim Services"); break;
        }
    }

    // The reference data's one warning (its acknowledged summary total), which any import keeps.
    private static string Warning(string data) =>
        CliRun.Of("validate", Repo.ReferenceData).Stderr.Replace(Repo.ReferenceData, data, StringComparison.Ordinal);

    private static string Copy(TempDir folder)
    {
        var data = folder.File("budget.json");
        File.Copy(Repo.ReferenceData, data);
        return data;
    }

    private static string Write(TempDir folder, byte[] workbook)
    {
        var path = folder.File("edited.xlsx");
        File.WriteAllBytes(path, workbook);
        return path;
    }
}
