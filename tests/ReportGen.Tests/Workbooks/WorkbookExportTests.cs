using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Figures;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>The exported workbook of Appendix A and the funding summary, read back with the Open XML SDK.</summary>
public class WorkbookExportTests
{
    private static readonly Lazy<byte[]> Reference = new(() => Workbook.Of(Repo.ReferenceData));

    public static TheoryData<string> Papers => new() { Repo.ReferenceData, Repo.Path("data", "examples", "two-year-budget.json") };

    [Theory]
    [MemberData(nameof(Papers))]
    public void The_workbook_is_valid_Open_XML(string path) => Assert.Empty(Workbook.ValidationErrors(Workbook.Of(path)));

    [Fact]
    public void The_same_paper_gives_the_same_bytes_with_entries_dated_from_the_data()
    {
        Assert.Equal(Reference.Value, Workbook.Of(Repo.ReferenceData));
        using var zip = new ZipArchive(new MemoryStream(Reference.Value));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2022, 3, 22), e.LastWriteTime.DateTime));
        Assert.Equal(zip.Entries.Skip(1).Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Skip(1).Select(e => e.FullName));
    }

    [Fact]
    public void Document_properties_come_from_the_data()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Reference.Value), isEditable: false);
        var properties = document.PackageProperties;
        Assert.Equal("OPCC External Commissioning Budget 2022/23", properties.Title);
        Assert.Equal("Office of the West Midlands Police and Crime Commissioner", properties.Creator);
        Assert.Equal("Strategic Policing and Crime Board, 22 March 2022", properties.Subject);
        Assert.Equal("budget; external commissioning; community safety; victims services; 2022/23", properties.Keywords);
        Assert.Equal(new DateTime(2022, 3, 22), properties.Created!.Value.ToUniversalTime().Date);
        Assert.Equal(new DateTime(2022, 3, 22), properties.Modified!.Value.ToUniversalTime().Date);
    }

    [Fact]
    public void Sheets_are_the_summary_each_programme_funding_and_transfers_with_frozen_headings_and_set_widths()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Reference.Value), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Funding summary", "Active Citizens (POCA)", "Community Safety", "External Commissioning", "Victims Services", "Funding", "Transfers and reserves"],
            sheets.Select(s => s.Name!.Value));
        foreach (var sheet in sheets)
        {
            var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, 3d, "A4"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
            var columns = worksheet.GetFirstChild<Columns>()!.Elements<Column>().ToList();
            Assert.All(columns, c => Assert.True(c.CustomWidth! && c.Width! >= 8, $"{sheet.Name} column {c.Min} has width {c.Width}"));
            Assert.Equal(worksheet.Descendants<Row>().Max(r => r.Elements<Cell>().Count()), columns.Count);
        }
    }

    [Fact]
    public void Amounts_are_numbers_in_pounds_and_totals_are_SUM_formulas_caching_the_computed_figures()
    {
        var figures = Support.Papers.ReferenceFigures;
        var community = figures.Of("community-safety")!;
        using var document = SpreadsheetDocument.Open(new MemoryStream(Reference.Value), isEditable: false);
        var cells = Cells(document, "Community Safety");

        var youth = cells["B5"];
        Assert.Null(youth.DataType);
        Assert.Equal("652108", youth.CellValue!.Text);
        Assert.Contains("\"£\"#,##0", Format(document, youth));

        var subtotal = cells["B12"];
        Assert.Equal("SUM(B5:B11)", subtotal.CellFormula!.Text);
        Assert.Equal(community.Subtotals[0][0]!.Value.ToString(), subtotal.CellValue!.Text);
        Assert.Equal("SUM(B5:B11,B14)", cells["B15"].CellFormula!.Text);
        Assert.Equal(community.TotalAllocated[0]!.Value.ToString(), cells["B15"].CellValue!.Text);
        // The transfer repeats its row on the Transfers sheet; funding available adds up the Funding and Transfers sheets.
        Assert.Equal("'Transfers and reserves'!E4", cells["B16"].CellFormula!.Text);
        Assert.Equal("SUM(Funding!D5)", cells["B17"].CellFormula!.Text.Replace("'Funding'", "Funding", StringComparison.Ordinal));
        Assert.Equal(community.FundingAvailable[0]!.Value.ToString(), cells["B17"].CellValue!.Text);

        var summary = Cells(document, "Funding summary");
        Assert.Equal("ROUND(D8/1000,0)", summary["C8"].CellFormula!.Text);
        Assert.Equal(figures.TotalThousands[0]!.Value.ToString(), summary["C8"].CellValue!.Text);
        Assert.Equal("SUM(D4:D7)", summary["D8"].CellFormula!.Text);
        Assert.Equal(figures.Total[0]!.Value.ToString(), summary["D8"].CellValue!.Text);
    }

    [Fact]
    public void Difference_and_percent_change_columns_are_formulas_and_a_missing_amount_shows_a_dash()
    {
        var loaded = Support.Papers.LoadValidResult(Repo.Path("data", "examples", "two-year-budget.json"));
        var programme = loaded.Figures!.Of("community-safety")!;
        using var document = SpreadsheetDocument.Open(new MemoryStream(Workbook.Of(loaded)), isEditable: false);
        var cells = Cells(document, "Community Safety");
        // Row 7 is "New Chance (new in 2022/23)": no prior amount, so no percentage.
        Assert.False(cells.ContainsKey("B7"));
        Assert.Equal("C7-B7", cells["D7"].CellFormula!.Text);
        Assert.Equal("IF(B7=0,\"–\",(C7-B7)/ABS(B7))", cells["E7"].CellFormula!.Text);
        Assert.Equal("–", cells["E7"].CellValue!.Text);
        var change = loaded.Figures.Columns.Find("change_percent")!;
        Assert.Equal((double)(programme.Subtotals[0].In(change)! / 100), double.Parse(cells["E10"].CellValue!.Text), 12);
    }

    private static Dictionary<string, Cell> Cells(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var id = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!;
        return ((WorksheetPart)workbook.GetPartById(id!)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
    }

    private static string Format(SpreadsheetDocument document, Cell cell)
    {
        var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value).NumberFormatId!.Value;
        return styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == id).FormatCode!;
    }
}
