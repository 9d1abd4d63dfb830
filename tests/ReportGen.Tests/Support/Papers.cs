using ReportGen.Figures;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>Loaded papers shared by tests.</summary>
internal static class Papers
{
    private static readonly Lazy<LoadResult> reference = new(() => LoadValidResult(Repo.ReferenceData));

    /// <summary>The 2022/23 reference paper's data.</summary>
    public static BudgetPaper Reference => reference.Value.Paper!;

    /// <summary>The 2022/23 reference paper's figures.</summary>
    public static PaperFigures ReferenceFigures => reference.Value.Figures!;

    /// <summary>Loads a file that must have no errors.</summary>
    public static BudgetPaper LoadValid(string path) => LoadValidResult(path).Paper!;

    /// <summary>Loads a file that must have no errors, with its figures.</summary>
    public static LoadResult LoadValidResult(string path)
    {
        var result = BudgetLoader.LoadFile(path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>Validates a paper made in memory, as the loader would read it from a file, and returns its figures.</summary>
    public static PaperFigures Figures(BudgetPaper paper)
    {
        var result = Load(paper);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Figures!;
    }

    /// <summary>The figures of a paper made in memory whose amounts are sound, whatever else validation says of it.</summary>
    public static PaperFigures FiguresOf(BudgetPaper paper)
    {
        var result = Load(paper);
        Assert.True(result.Figures is not null, string.Join("\n", result.Diagnostics));
        return result.Figures!;
    }

    /// <summary>Loads a paper made in memory through the real loader, as if from a file.</summary>
    public static LoadResult Load(BudgetPaper paper) =>
        BudgetLoader.Load(BudgetJson.ToUtf8(paper), "generated.json");
}
