using ReportGen.Formatting;
using ReportGen.Loading.Shapes;

namespace ReportGen.Theming;

/// <summary>
/// The shapes of theme.json, one per record of <see cref="Theme"/>, each listing its members in the order of the
/// record's properties: a property added to the theme is a line here beside its neighbours. A shape comes after
/// the shapes it names, so that each is made before it is used (the compiler says so when one is not).
/// </summary>
internal static class ThemeShapes
{
    public static readonly ObjectShape<ThemeFonts> Fonts = new(m => new()
    {
        Families = m.Required("families", Shape.ListOf(Shape.Text)),
        BodySize = m.Required("body_size", Shape.Double),
        TableSize = m.Required("table_size", Shape.Double),
        TitleSize = m.Required("title_size", Shape.Double),
        HeadingSize = m.Required("heading_size", Shape.Double),
        SubheadingSize = m.Required("subheading_size", Shape.Double),
        FooterSize = m.Required("footer_size", Shape.Double),
    });

    public static readonly ObjectShape<ThemeSpacing> Spacing = new(m => new()
    {
        LineHeight = m.Required("line_height", Shape.Double),
        ParagraphAfter = m.Required("paragraph_after", Shape.Double),
        HeadingBefore = m.Required("heading_before", Shape.Double),
        HeadingAfter = m.Required("heading_after", Shape.Double),
        TableCellPadding = m.Required("table_cell_padding", Shape.Double),
        TableLineHeight = m.Required("table_line_height", Shape.Double),
        ListItemAfter = m.Required("list_item_after", Shape.Double),
        GridWidth = m.Required("grid_width", Shape.Double),
        RuleWidth = m.Required("rule_width", Shape.Double),
        ListIndentMm = m.Required("list_indent_mm", Shape.Double),
        NumberIndentMm = m.Required("number_indent_mm", Shape.Double),
    });

    public static readonly ObjectShape<ThemePage> Page = new(m => new()
    {
        WidthMm = m.Required("width_mm", Shape.Double),
        HeightMm = m.Required("height_mm", Shape.Double),
        MarginTopMm = m.Required("margin_top_mm", Shape.Double),
        MarginBottomMm = m.Required("margin_bottom_mm", Shape.Double),
        MarginLeftMm = m.Required("margin_left_mm", Shape.Double),
        MarginRightMm = m.Required("margin_right_mm", Shape.Double),
    });

    public static readonly ObjectShape<ThemeColours> Colours = new(m => new()
    {
        Text = m.Required("text", Shape.Text),
        Rule = m.Required("rule", Shape.Text),
        Grid = m.Required("grid", Shape.Text),
        HeaderFill = m.Required("header_fill", Shape.Text),
        GroupFill = m.Required("group_fill", Shape.Text),
        Link = m.Required("link", Shape.Text),
        DraftMark = m.Required("draft_mark", Shape.Text),
    });

    public static readonly EnumShape Negative = new()
    {
        ["minus"] = (int)NegativeStyle.Minus,
        ["brackets"] = (int)NegativeStyle.Brackets,
    };

    public static readonly ObjectShape<ThemeNumbers> Numbers = new(m => new()
    {
        Negative = (NegativeStyle)m.Optional("negative", Negative),
        MillionsPlaces = m.Nullable("millions_places", Shape.Int),
        PercentPlaces = m.Nullable("percent_places", Shape.Int),
    });

    public static readonly ObjectShape<Theme> Theme = new(m => new()
    {
        Comment = m.Nullable("$comment", Shape.Text),
        Fonts = m.Required("fonts", Fonts),
        Spacing = m.Required("spacing", Spacing),
        Page = m.Required("page", Page),
        Colours = m.Required("colours", Colours),
        Numbers = m.Optional("numbers", Numbers),
    });
}
