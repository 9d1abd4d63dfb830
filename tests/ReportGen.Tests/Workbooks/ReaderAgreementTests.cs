using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// The import's own reader reads every workbook cell for cell as the Open XML SDK does: each example's workbook in
/// both editions, the workbook as LibreOffice saves it again, and cells as other programs and hands write them.
/// Each workbook the export writes is also valid Open XML by the SDK's validator.
/// </summary>
public class ReaderAgreementTests
{
    public static TheoryData<string, bool> Examples => new()
    {
        { "data/2022-23/budget.json", true }, { "data/2022-23/budget.json", false },
        { "data/examples/two-year-budget.json", true }, { "data/examples/two-year-budget.json", false },
        { "data/examples/exempt-paper.json", true }, { "data/examples/exempt-paper.json", false },
        { "templates/allocations/example.json", true }, { "templates/allocations/example.json", false },
        { "templates/board-paper/example.json", true }, { "templates/board-paper/example.json", false },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_workbook_is_valid_and_reads_as_the_SDK_reads_it(string example, bool withholdExempt)
    {
        var workbook = Workbook.Of(Repo.Path(example.Split('/')), new WorkbookOptions { WithholdExempt = withholdExempt });
        Assert.Empty(Workbook.ValidationErrors(workbook));
        Assert.Equal(SdkGrids.Read(workbook), SdkGrids.OfImport(workbook));
    }

    [Fact]
    public void A_random_paper_of_two_columns_and_a_percentage_reads_as_the_SDK_reads_it()
    {
        var paper = RandomPaper.Build(new Random(13), new RandomPaper.Shape(Programmes: 5, TwoColumns: true, Percent: true));
        var workbook = Workbook.Of(Papers.Load(paper));
        Assert.Equal(SdkGrids.Read(workbook), SdkGrids.OfImport(workbook));
    }

    [Fact]
    public void The_workbook_LibreOffice_saves_reads_as_the_SDK_reads_it()
    {
        using var folder = new TempDir();
        var xlsx = folder.File("budget.xlsx");
        File.WriteAllBytes(xlsx, Workbook.Of(Repo.ReferenceData));
        var resaved = LibreCalc.Resave(xlsx, folder.Path);
        var cells = SdkGrids.Read(resaved);
        Assert.Contains("sheet Community Safety", cells);
        Assert.Equal(cells, SdkGrids.OfImport(resaved));
    }

    // Text in pieces is the one difference: the SDK keeps only the piece before a comment or a CDATA section.
    public static TheoryData<string> OddCells => [.. CellContentTests.Cells.Select(row => (string)row[0]).Where(kind => !kind.Contains("in pieces", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(OddCells))]
    public void Cells_as_others_write_them_read_as_the_SDK_reads_them(string kind)
    {
        var workbook = CellContentTests.Make(kind);
        Assert.Equal(SdkGrids.Read(workbook), SdkGrids.OfImport(workbook));
    }
}
