using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbooks;

/// <summary>The exported workbook of Appendix A and the funding summary: a valid, deterministic package.</summary>
public class WorkbookExportTests
{
    [Fact]
    public void The_reference_workbook_is_valid_Open_XML()
    {
        var workbook = Workbook.Of(Repo.ReferenceData);
        File.WriteAllBytes("/tmp/ref.xlsx", workbook);
        Assert.Empty(Workbook.ValidationErrors(workbook));
    }
}
