using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The "Budget Table" table style: a thin grid and padded cells; its header row (Word's first-row conditional
/// format) shaded and bold; its last row, when the table ends on a total (the last-row format), bold under a rule.
/// </summary>
internal static class DocxTableStyle
{
    public static void Create(WordXml xml, Theme theme)
    {
        var grid = Colour(theme.Colours.Grid);
        var width = theme.Spacing.GridWidth;
        // Word and LibreOffice add a row's border to its height; the PDF draws the grid over the row's edge. Half the
        // grid line comes off the padding above and below, so rows are as tall as the PDF's.
        var padding = TwipsFromPoints(theme.Spacing.TableCellPadding - theme.Spacing.GridWidth / 2);
        var sidePadding = TwipsFromPoints(theme.Spacing.TableCellPadding * 2);
        xml.Start("w:style").Attr("w:type", "table").Attr("w:styleId", DocxStyles.BudgetTable)
            .Val("w:name", "Budget Table")
            .Val("w:basedOn", DocxStyles.TableNormal)
            .Val("w:uiPriority", 59)
            .Empty("w:qFormat")
            .Start("w:tblPr").Start("w:tblBorders");
        // In the schema's order, which the validator checks.
        foreach (var side in new[] { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" })
            Border(xml, side, grid, width);
        xml.End();
        CellMargins(xml, padding, sidePadding);
        xml.End();
        foreach (var (row, cell) in new (string, Action)[]
        {
            ("firstRow", () => xml.Start("w:shd").Attr("w:val", "clear").Attr("w:color", "auto").Attr("w:fill", Colour(theme.Colours.HeaderFill)).End()),
            ("lastRow", () => TotalRule(xml.Start("w:tcBorders"), theme).End()),
        })
        {
            xml.Start("w:tblStylePr").Attr("w:type", row).Start("w:rPr").Empty("w:b").Empty("w:bCs").End().Start("w:tcPr");
            cell();
            xml.End().End();
        }
        xml.End();
    }

    /// <summary>Word's default table style, which every table style is based on: no borders, Word's usual padding.</summary>
    public static void TableNormal(WordXml xml)
    {
        xml.Start("w:style").Attr("w:type", "table").Attr("w:styleId", DocxStyles.TableNormal).Attr("w:default", true)
            .Val("w:name", "Normal Table")
            .Val("w:uiPriority", 99)
            .Empty("w:semiHidden")
            .Empty("w:unhideWhenUsed")
            .Start("w:tblPr").Start("w:tblInd").Attr("w:w", 0).Attr("w:type", "dxa").End();
        CellMargins(xml, 0, 108);
        xml.End().End();
    }

    private static void CellMargins(WordXml xml, int topAndBottom, int sides)
    {
        xml.Start("w:tblCellMar");
        foreach (var (side, value) in new[] { ("w:top", topAndBottom), ("w:left", sides), ("w:bottom", topAndBottom), ("w:right", sides) })
            xml.Start(side).Attr("w:w", value).Attr("w:type", "dxa").End();
        xml.End();
    }

    /// <summary>The rule above a total row, inside an open w:tcBorders: the theme's rule width and colour.</summary>
    public static WordXml TotalRule(WordXml xml, Theme theme) => Border(xml, "w:top", Colour(theme.Colours.Rule), theme.Spacing.RuleWidth);

    private static WordXml Border(WordXml xml, string side, string colour, double width) =>
        xml.Start(side).Attr("w:val", "single").Attr("w:color", colour).Attr("w:sz", EighthPoints(width)).Attr("w:space", 0).End();

    /// <summary>Word measures border widths in eighths of a point.</summary>
    public static int EighthPoints(double points) => (int)Math.Round(points * 8);
}
