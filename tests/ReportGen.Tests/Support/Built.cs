using ReportGen.Building;

namespace ReportGen.Tests.Support;

/// <summary>The reference paper built once with the shipped templates, shared by tests.</summary>
internal static class Built
{
    private static readonly Lazy<BuiltPaper> reference = new(() =>
    {
        var built = PaperBuilder.Build(Papers.Reference, Templates, "ReportGen test");
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        return built;
    });

    public static string Templates => Repo.Path("templates", "board-paper");

    public static BuiltPaper Reference => reference.Value;
}
