using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>Loaded papers shared by tests.</summary>
internal static class Papers
{
    private static readonly Lazy<BudgetPaper> reference = new(() => LoadValid(Repo.ReferenceData));

    /// <summary>The 2022/23 reference paper's data.</summary>
    public static BudgetPaper Reference => reference.Value;

    /// <summary>Loads a file that must have no errors.</summary>
    public static BudgetPaper LoadValid(string path)
    {
        var result = BudgetLoader.LoadFile(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Paper!;
    }
}
