using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>The "Budget Table" table style: a thin grid, padded cells, a shaded bold header row.</summary>
internal static class DocxTableStyle
{
    public static Style Create(Theme theme)
    {
        var grid = Colour(theme.Colours.Grid);
        var width = theme.Spacing.GridWidth;
        var padding = Text(TwipsFromPoints(theme.Spacing.TableCellPadding));
        var sidePadding = Text(TwipsFromPoints(theme.Spacing.TableCellPadding * 2));
        return new Style(
            new StyleName { Val = "Budget Table" },
            new BasedOn { Val = "TableNormal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(
                    Border<TopBorder>(grid, width), Border<LeftBorder>(grid, width), Border<BottomBorder>(grid, width),
                    Border<RightBorder>(grid, width), Border<InsideHorizontalBorder>(grid, width), Border<InsideVerticalBorder>(grid, width)),
                new TableCellMarginDefault(
                    new TopMargin { Width = padding, Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = short.Parse(sidePadding), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = padding, Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = short.Parse(sidePadding), Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = Colour(theme.Colours.HeaderFill), Color = "auto" }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = DocxStyles.BudgetTable };
    }

    private static T Border<T>(string colour, double width) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = EighthPoints(width), Space = 0, Color = colour };

    /// <summary>Word measures border widths in eighths of a point.</summary>
    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8);
}
