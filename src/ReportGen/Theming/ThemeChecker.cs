using System.Globalization;
using ReportGen.Diagnostics;

namespace ReportGen.Theming;

/// <summary>
/// Checks the theme's values once its structure is sound: colours are #RRGGBB, fonts are named, sizes and
/// spacing are within what a printed paper can use, and the page is a real page with room inside its margins.
/// Each writer can then trust the theme; a theme page of 1e308 mm or smaller than its margins never reaches them.
/// </summary>
internal static class ThemeChecker
{
    /// <summary>The smallest and largest page edge accepted, in millimetres: A7 to A0.</summary>
    public const double MinPageMm = 74, MaxPageMm = 1189;

    /// <summary>The least room inside the margins, in millimetres, for text and tables.</summary>
    public const double MinTextAreaMm = 50;

    private const double PointsPerMm = 72 / 25.4;

    public static void Check(Theme theme, Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        void Range(string path, double value, double min, double max, string unit, string code = "RG0324")
        {
            if (value >= min && value <= max) return;
            diagnostics.Error(code, locate(path), $"{Number(value)} {unit} is out of range: use {Number(min)} to {Number(max)} {unit}.");
        }

        CheckFonts(theme.Fonts, locate, diagnostics);
        var f = theme.Fonts;
        foreach (var (name, size) in new[] { ("body_size", f.BodySize), ("table_size", f.TableSize), ("title_size", f.TitleSize),
                     ("heading_size", f.HeadingSize), ("subheading_size", f.SubheadingSize), ("footer_size", f.FooterSize) })
            Range($"$.fonts.{name}", size, 4, 72, "pt");

        var s = theme.Spacing;
        Range("$.spacing.line_height", s.LineHeight, 0.8, 3, "times the font size");
        Range("$.spacing.table_line_height", s.TableLineHeight, 0.8, 3, "times the font size");
        foreach (var (name, value) in new[] { ("paragraph_after", s.ParagraphAfter), ("heading_before", s.HeadingBefore),
                     ("heading_after", s.HeadingAfter), ("list_item_after", s.ListItemAfter) })
            Range($"$.spacing.{name}", value, 0, 72, "pt");
        Range("$.spacing.table_cell_padding", s.TableCellPadding, 0, 36, "pt");
        Range("$.spacing.grid_width", s.GridWidth, 0, 6, "pt");
        Range("$.spacing.rule_width", s.RuleWidth, 0, 6, "pt");
        Range("$.spacing.list_indent_mm", s.ListIndentMm, 0, 50, "mm");
        Range("$.spacing.number_indent_mm", s.NumberIndentMm, 0, 50, "mm");

        CheckPage(theme, locate, diagnostics, Range);

        foreach (var (name, colour) in new[] { ("text", theme.Colours.Text), ("rule", theme.Colours.Rule), ("grid", theme.Colours.Grid),
                     ("header_fill", theme.Colours.HeaderFill), ("group_fill", theme.Colours.GroupFill), ("link", theme.Colours.Link),
                     ("draft_mark", theme.Colours.DraftMark) })
            if (!IsColour(colour))
                diagnostics.Error("RG0322", locate($"$.colours.{name}"),
                    $"'{colour}' is not a colour the paper can use: write it as #RRGGBB, six hexadecimal digits (black is #000000).");
    }

    private static void CheckFonts(ThemeFonts fonts, Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
    {
        if (fonts.Families.Count == 0)
            diagnostics.Error("RG0323", locate("$.fonts.families"), "no font family is named. List at least one, for example [\"Arial\", \"Liberation Sans\", \"DejaVu Sans\"].");
        for (var i = 0; i < fonts.Families.Count; i++)
            if (string.IsNullOrWhiteSpace(fonts.Families[i]) || fonts.Families[i].Length > 100)
                diagnostics.Error("RG0323", locate($"$.fonts.families[{i}]"), "a font family must be a name such as \"Arial\" (1 to 100 characters).");
    }

    private static void CheckPage(Theme theme, Func<string, SourceLocation> locate, DiagnosticBag diagnostics,
        Action<string, double, double, double, string, string> range)
    {
        var p = theme.Page;
        range("$.page.width_mm", p.WidthMm, MinPageMm, MaxPageMm, "mm", "RG0325");
        range("$.page.height_mm", p.HeightMm, MinPageMm, MaxPageMm, "mm", "RG0325");
        foreach (var (name, margin) in new[] { ("margin_top_mm", p.MarginTopMm), ("margin_bottom_mm", p.MarginBottomMm),
                     ("margin_left_mm", p.MarginLeftMm), ("margin_right_mm", p.MarginRightMm) })
            range($"$.page.{name}", margin, 0, 200, "mm", "RG0326");
        if (diagnostics.HasErrors) return;

        var width = p.WidthMm - p.MarginLeftMm - p.MarginRightMm;
        var height = p.HeightMm - p.MarginTopMm - p.MarginBottomMm;
        if (width < MinTextAreaMm)
            diagnostics.Error("RG0326", locate("$.page"), $"the margins leave {Number(width)} mm across the page for text; at least {Number(MinTextAreaMm)} mm is needed. Narrow the left and right margins or widen the page.");
        if (height < MinTextAreaMm)
            diagnostics.Error("RG0326", locate("$.page"), $"the margins leave {Number(height)} mm down the page for text; at least {Number(MinTextAreaMm)} mm is needed. Narrow the top and bottom margins or lengthen the page.");
        // The running footer sits in the bottom margin and a draft's mark in the top one.
        var footer = theme.Fonts.FooterSize;
        if (p.MarginBottomMm * PointsPerMm < 2 * footer)
            diagnostics.Error("RG0326", locate("$.page.margin_bottom_mm"), $"the footer ({Number(footer)} pt) sits in the bottom margin, which needs at least {Number(Math.Ceiling(2 * footer / PointsPerMm))} mm for it.");
        if (p.MarginTopMm * PointsPerMm < 3 * footer)
            diagnostics.Error("RG0326", locate("$.page.margin_top_mm"), $"a draft's DRAFT mark ({Number(1.5 * footer)} pt) sits in the top margin, which needs at least {Number(Math.Ceiling(3 * footer / PointsPerMm))} mm for it.");
    }

    private static bool IsColour(string value) =>
        value.Length == 7 && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);

    private static string Number(double value) =>
        value.ToString(Math.Abs(value) < 1e6 ? "0.##" : "G3", CultureInfo.InvariantCulture);
}
