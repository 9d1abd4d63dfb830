using System.Text;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>The import's own rules: lines without ids, sheet names Excel does not allow, labels, and a workbook a spreadsheet program saved.</summary>
public class WorkbookImportTests
{
    [Fact]
    public void Lines_the_data_gives_no_id_get_one_in_the_workbook_and_keep_what_the_workbook_does_not_show()
    {
        var reference = Papers.Reference;
        // Victims Services' lines without ids; the Helpline exempt, which the workbook does not show.
        var paper = reference with
        {
            Programmes = [.. reference.Programmes.Select(p => p.Id != "victims-services" ? p : p with
            {
                Groups = [.. p.Groups.Select(g => g with { Lines = [.. g.Lines.Select(l => l with { Id = null, Exempt = l.Label == "Helpline" ? new Exemption { Reason = "private" } : null })] })],
            })],
        };
        var json = BudgetJson.ToUtf8(paper);
        var loaded = BudgetLoader.Load(json, "budget.json");
        Assert.Equal(16, WorkbookExport.IdsAdded(paper));
        var result = WorkbookImport.Run(Workbook.Of(loaded), "budget.xlsx", json, "budget.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Changed);
        var imported = BudgetLoader.Load(result.Json!, "budget.json").Paper!;
        var lines = imported.Programmes[3].Items.ToList();
        Assert.Equal(paper.Programmes[3].Items.Select(l => (l.Label, l.Amount)), lines.Select(l => (l.Label, l.Amount)));
        Assert.Equal("victims-services-sexual-violence", lines[0].Id);
        Assert.Equal("private", lines.Single(l => l.Label == "Helpline").Exempt!.Reason);
        // With the ids in, the workbook is the data's own.
        Assert.False(WorkbookImport.Run(Workbook.Of(BudgetLoader.Load(result.Json!, "b.json")), "b.xlsx", result.Json!, "b.json").Changed);
    }

    [Fact]
    public void Programme_names_Excel_cannot_use_as_sheet_names_are_made_usable_and_still_round_trip()
    {
        var reference = Papers.Reference;
        string[] names = ["Victims: Services/[Main]*?", "A programme with a name far longer than a sheet allows", "Funding", "O'Brien's Fund", "victims: services/[main]"];
        var paper = reference with
        {
            Programmes = [.. reference.Programmes.Select((p, i) => p with { Name = names[i] }).Append(reference.Programmes[0] with
            {
                Id = "extra", Name = names[4],
                Groups = [new LineGroup { Lines = [new BudgetLine { Id = "extra-line", Label = "Extra", Amount = 10 }] }],
                Funding = [new BudgetLine { Id = "extra-funding", Label = "Extra funding", Amount = 10 }],
                Published = null,
            })],
            Summary = reference.Summary with { Published = null },
        };
        Assert.Equal(["Victims Services Main", "A programme with a name far lon", "Funding (2)", "O'Brien's Fund", "victims services main (2)"],
            WorkbookSheets.ProgrammeNames(paper));
        var json = BudgetJson.ToUtf8(paper);
        var loaded = BudgetLoader.Load(json, "budget.json");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var workbook = Workbook.Of(loaded);
        Assert.Empty(Workbook.ValidationErrors(workbook));
        var result = WorkbookImport.Run(workbook, "budget.xlsx", json, "budget.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Changed);
    }

    [Fact]
    public void A_workbook_edited_and_saved_by_a_spreadsheet_program_imports()
    {
        using var folder = new TempDir();
        var path = Repo.Path("data", "examples", "two-year-budget.json");
        // £108 of Youth Offending's budget moved to MARAC (the published totals stay right); nothing recalculated until LibreOffice saves it.
        var edited = WorkbookEdit.Apply(Workbook.Of(path), e =>
        {
            e.Number("Community Safety", e.CellOf("Community Safety", "budget", "Youth Offending"), 652000);
            e.Number("Community Safety", e.CellOf("Community Safety", "budget", "Multi-Agency Risk Assessment Conference (MARAC)"), 354108);
        });
        File.WriteAllBytes(folder.File("edited.xlsx"), edited);
        var saved = LibreCalc.Resave(folder.File("edited.xlsx"), folder.Path);

        var json = File.ReadAllBytes(path);
        var result = WorkbookImport.Run(saved, "saved.xlsx", json, "budget.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var after = BudgetLoader.Load(result.Json!, "budget.json");
        Assert.Equal(Amounts.Of([new("prior", 600000m), new("budget", 652000m)]), after.Paper!.Programmes[0].Items.First().Amount);
        // Everything the workbook does not own is as it was: only the two amounts differ.
        var changed = Lines(json).Zip(Lines(result.Json!)).Where(p => p.First != p.Second).ToList();
        Assert.Equal([("\"budget\": 652108", "\"budget\": 652000"), ("\"budget\": 354000", "\"budget\": 354108")], changed);
    }

    // The data file's meaningful lines, whatever the indentation.
    private static List<string> Lines(byte[] json) =>
        [.. System.Text.Json.Nodes.JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }).Split('\n').Select(l => l.Trim())];
}
