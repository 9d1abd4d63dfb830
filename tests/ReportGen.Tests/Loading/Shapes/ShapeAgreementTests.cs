using ReportGen.Loading;
using ReportGen.Loading.Shapes;
using ReportGen.Theming;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// Our hand-written shapes say what System.Text.Json's source-generated metadata says of every type reachable from
/// the paper and the theme: member names ($schema and $comment too) in order, which are required, which nullable,
/// element and value types, leaf kinds, enum names with their values. A property added to the model without its
/// line in the shapes (or a computed one given a line) fails here, naming it.
/// </summary>
public class ShapeAgreementTests
{
    [Fact]
    public void The_data_file_shapes_are_the_models_as_STJ_sees_it() =>
        Assert.Equal(Text(StjShapeText.Of(BudgetJsonContext.Default.BudgetPaper)), Text(ShapeText.Of(BudgetShapes.BudgetPaper)));

    [Fact]
    public void The_theme_shapes_are_the_themes_as_STJ_sees_it() =>
        Assert.Equal(Text(StjShapeText.Of(ThemeJsonContext.Default.Theme)), Text(ShapeText.Of(ThemeShapes.Theme)));

    [Fact]
    public void Every_record_the_paper_holds_has_a_shape()
    {
        // Not a tautology of the two above: the walk must reach the deep records (lines inside groups inside programmes).
        var lines = ShapeText.Of(BudgetShapes.BudgetPaper);
        foreach (var type in new[] { "BudgetLine", "Exemption", "Amendment", "PublishedProgrammeFigures", "RingFencedPair", "Transfer" })
            Assert.Contains(lines, l => l.StartsWith(type + ".", StringComparison.Ordinal));
        Assert.Contains("ReportDetails.status: enum draft=0 | final=1 required", lines);
        Assert.Contains("BudgetPaper.$schema: string nullable", lines);
    }

    // One string, so a difference shows as a readable diff of lines.
    private static string Text(IEnumerable<string> lines) => string.Join("\n", lines);
}
