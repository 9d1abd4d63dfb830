using ReportGen.Loading;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>Export, then import into the same data file: the same model, and the file left as it was.</summary>
public class WorkbookRoundTripTests
{
    public static TheoryData<string> Papers => new() { Repo.ReferenceData, Repo.Path("data", "examples", "two-year-budget.json") };

    [Theory]
    [MemberData(nameof(Papers))]
    public void An_exported_workbook_imports_to_the_same_data(string path)
    {
        var json = File.ReadAllBytes(path);
        var result = WorkbookImport.Run(Workbook.Of(path), "budget.xlsx", json, "budget.json");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Changed);
        Assert.Equal(json, result.Json);
    }
}
