using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The "Budget Table" table style: a thin grid and padded cells; its header row (Word's first-row conditional
/// format) shaded and bold; its last row, when the table ends on a total (the last-row format), bold under a rule.
/// </summary>
internal static class DocxTableStyle
{
    public static Style Create(Theme theme)
    {
        var grid = Colour(theme.Colours.Grid);
        var width = theme.Spacing.GridWidth;
        // Word and LibreOffice add a row's border to its height; the PDF draws the grid over the row's edge. Half the
        // grid line comes off the padding above and below, so rows are as tall as the PDF's.
        var padding = Text(TwipsFromPoints(theme.Spacing.TableCellPadding - theme.Spacing.GridWidth / 2));
        var sidePadding = (short)TwipsFromPoints(theme.Spacing.TableCellPadding * 2);
        return new Style(
            new StyleName { Val = "Budget Table" },
            new BasedOn { Val = DocxStyles.TableNormal },
            new UIPriority { Val = 59 },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    Border<TopBorder>(grid, width), Border<LeftBorder>(grid, width), Border<BottomBorder>(grid, width),
                    Border<RightBorder>(grid, width), Border<InsideHorizontalBorder>(grid, width), Border<InsideVerticalBorder>(grid, width)),
                new TableCellMarginDefault(
                    new TopMargin { Width = padding, Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = sidePadding, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = padding, Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = sidePadding, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = Colour(theme.Colours.HeaderFill), Color = "auto" }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(new TableCellBorders(TotalRule(theme))))
            { Type = TableStyleOverrideValues.LastRow })
        { Type = StyleValues.Table, StyleId = DocxStyles.BudgetTable };
    }

    /// <summary>Word's default table style, which every table style is based on: no borders, Word's usual padding.</summary>
    public static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    { Type = StyleValues.Table, StyleId = DocxStyles.TableNormal, Default = true };

    /// <summary>The rule above a total row: the theme's rule width and colour.</summary>
    public static TopBorder TotalRule(Theme theme) =>
        new() { Val = BorderValues.Single, Size = EighthPoints(theme.Spacing.RuleWidth), Space = 0, Color = Colour(theme.Colours.Rule) };

    private static T Border<T>(string colour, double width) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = EighthPoints(width), Space = 0, Color = colour };

    /// <summary>Word measures border widths in eighths of a point.</summary>
    public static uint EighthPoints(double points) => (uint)Math.Round(points * 8);
}
