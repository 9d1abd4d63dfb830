using ReportGen.Building;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>The reference paper built once with the shipped templates, shared by tests; and builds of papers made in memory.</summary>
internal static class Built
{
    private static readonly Lazy<BuiltPaper> reference = new(() =>
    {
        var built = PaperBuilder.Build(Papers.Reference, Papers.ReferenceFigures, Templates, "ReportGen test");
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        return built;
    });

    public static string Templates => Repo.Path("templates", "board-paper");

    public static BuiltPaper Reference => reference.Value;

    /// <summary>Validates <paramref name="paper"/> and builds it with the shipped templates, or another folder; the build's own outcome is returned unchecked.</summary>
    public static BuiltPaper Of(BudgetPaper paper, string? templates = null, string generator = "test", string? displayFolder = null) =>
        PaperBuilder.Build(paper, Papers.Figures(paper), templates ?? Templates, generator, displayFolder);
}
