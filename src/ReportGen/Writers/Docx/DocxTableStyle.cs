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
        var padding = Text(TwipsFromPoints(theme.Spacing.TableCellPadding));
        var sidePadding = Text(TwipsFromPoints(theme.Spacing.TableCellPadding * 2));
        return new Style(
            new StyleName { Val = "Budget Table" },
            new BasedOn { Val = "TableNormal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(
                    Border<TopBorder>(grid), Border<LeftBorder>(grid), Border<BottomBorder>(grid),
                    Border<RightBorder>(grid), Border<InsideHorizontalBorder>(grid), Border<InsideVerticalBorder>(grid)),
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

    private static T Border<T>(string colour) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = colour };
}
