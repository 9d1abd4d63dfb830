using System.Text.RegularExpressions;
using ReportGen.Theming;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// The PDF writer's own defence against a theme value it cannot draw with (theme.json is validated when it is
/// loaded; this is the second line): a size that is not a positive number, a line height outside 0.5–10, a
/// negative or non-numeric spacing, a colour that is not #RRGGBB. Each is replaced, with a warning (RG0606)
/// naming the value and what the PDF uses instead. Page size and margins are <see cref="PageGeometry"/>'s.
/// </summary>
internal static partial class ThemeGuard
{
    // Sizes beyond these are not text a page can hold.
    private const double SmallestSize = 1, LargestSize = 500;

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();

    public static Theme Usable(Theme theme, LayoutWarnings warnings)
    {
        double Size(double value, string name, double fallback) => Check(value, name, v => v is >= SmallestSize and <= LargestSize,
            v => double.IsFinite(v) && v > 0 ? Math.Clamp(v, SmallestSize, LargestSize) : fallback, warnings);
        double Factor(double value, string name) => Check(value, name, v => v is >= 0.5 and <= 10, v => double.IsFinite(v) ? Math.Clamp(v, 0.5, 10) : 1.2, warnings);
        double Space(double value, string name) => Check(value, name, v => v is >= 0 and <= LargestSize, v => double.IsFinite(v) && v > 0 ? LargestSize : 0, warnings);
        string Colour(string value, string name, string fallback)
        {
            if (value is not null && HexColour().IsMatch(value)) return value;
            warnings.Add(PageGeometry.AdjustedCode, $"the theme's colours.{name} \"{LayoutWarnings.Excerpt(value ?? "")}\" is not a colour written #RRGGBB; the PDF uses {fallback}.");
            return fallback;
        }

        var f = theme.Fonts;
        var body = Size(f.BodySize, "fonts.body_size", 11);
        var fonts = f with
        {
            BodySize = body,
            TableSize = Size(f.TableSize, "fonts.table_size", body),
            TitleSize = Size(f.TitleSize, "fonts.title_size", body),
            HeadingSize = Size(f.HeadingSize, "fonts.heading_size", body),
            SubheadingSize = Size(f.SubheadingSize, "fonts.subheading_size", body),
            FooterSize = Size(f.FooterSize, "fonts.footer_size", body),
        };
        var s = theme.Spacing;
        var spacing = s with
        {
            LineHeight = Factor(s.LineHeight, "spacing.line_height"),
            TableLineHeight = Factor(s.TableLineHeight, "spacing.table_line_height"),
            ParagraphAfter = Space(s.ParagraphAfter, "spacing.paragraph_after"),
            HeadingBefore = Space(s.HeadingBefore, "spacing.heading_before"),
            HeadingAfter = Space(s.HeadingAfter, "spacing.heading_after"),
            TableCellPadding = Space(s.TableCellPadding, "spacing.table_cell_padding"),
            ListItemAfter = Space(s.ListItemAfter, "spacing.list_item_after"),
            GridWidth = Space(s.GridWidth, "spacing.grid_width"),
            RuleWidth = Space(s.RuleWidth, "spacing.rule_width"),
            ListIndentMm = Space(s.ListIndentMm, "spacing.list_indent_mm"),
            NumberIndentMm = Space(s.NumberIndentMm, "spacing.number_indent_mm"),
        };
        var c = theme.Colours;
        var colours = c with
        {
            Text = Colour(c.Text, "text", "#000000"),
            Rule = Colour(c.Rule, "rule", "#000000"),
            Grid = Colour(c.Grid, "grid", "#000000"),
            HeaderFill = Colour(c.HeaderFill, "header_fill", "#FFFFFF"),
            GroupFill = Colour(c.GroupFill, "group_fill", "#FFFFFF"),
            Link = Colour(c.Link, "link", "#0000EE"),
            DraftMark = Colour(c.DraftMark, "draft_mark", "#000000"),
        };
        return theme with { Fonts = fonts, Spacing = spacing, Colours = colours };
    }

    private static double Check(double value, string name, Func<double, bool> usable, Func<double, double> replace, LayoutWarnings warnings)
    {
        if (usable(value)) return value;
        var used = replace(value);
        warnings.Add(PageGeometry.AdjustedCode, FormattableString.Invariant($"the theme's {name} of {value} cannot be used in the PDF; it uses {used}."));
        return used;
    }
}
