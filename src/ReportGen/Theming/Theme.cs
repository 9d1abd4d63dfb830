using System.Text.Json.Serialization;

namespace ReportGen.Theming;

/// <summary>The look of the paper — fonts, sizes, spacing, page and colours — read by every writer from the template folder's theme.json.</summary>
public sealed record Theme
{
    /// <summary>A note for whoever edits the file.</summary>
    [JsonPropertyName("$comment")] public string? Comment { get; init; }
    /// <summary>Font families and sizes.</summary>
    public required ThemeFonts Fonts { get; init; }
    /// <summary>Spacing between and inside blocks.</summary>
    public required ThemeSpacing Spacing { get; init; }
    /// <summary>Page size and margins.</summary>
    public required ThemePage Page { get; init; }
    /// <summary>Colours.</summary>
    public required ThemeColours Colours { get; init; }
    /// <summary>How figures are printed: the sign convention and the rounding of £ millions and percentages.</summary>
    public ThemeNumbers Numbers { get; init => field = value ?? new(); } = new();
}

/// <summary>How figures are printed; every template and table uses the same convention.</summary>
public sealed record ThemeNumbers
{
    /// <summary>"minus" (−£12,000) or "brackets" ((£12,000)).</summary>
    public Formatting.NegativeStyle Negative { get; init; } = Formatting.NegativeStyle.Minus;
    /// <summary>Decimal places of £ millions in prose ("£3.04 million"); 2 when not given.</summary>
    public int? MillionsPlaces { get; init; }
    /// <summary>Decimal places of percentage changes ("4.5%"); 1 when not given.</summary>
    public int? PercentPlaces { get; init; }

    /// <summary>The money format these settings describe.</summary>
    public Formatting.MoneyFormat ToMoneyFormat() => new() { Negative = Negative, MillionsPlaces = MillionsPlaces ?? 2, PercentPlaces = PercentPlaces ?? 1 };
}

/// <summary>Font families (first found wins) and sizes in points.</summary>
public sealed record ThemeFonts
{
    /// <summary>Families in order of preference, for example Arial, Liberation Sans, DejaVu Sans.</summary>
    public required IReadOnlyList<string> Families { get; init; }
    /// <summary>Body text.</summary>
    public required double BodySize { get; init; }
    /// <summary>Table text.</summary>
    public required double TableSize { get; init; }
    /// <summary>The title (heading level 1).</summary>
    public required double TitleSize { get; init; }
    /// <summary>Section headings (level 2).</summary>
    public required double HeadingSize { get; init; }
    /// <summary>Sub-headings (level 3).</summary>
    public required double SubheadingSize { get; init; }
    /// <summary>The running footer.</summary>
    public required double FooterSize { get; init; }
}

/// <summary>Spacing in points unless the name says millimetres.</summary>
public sealed record ThemeSpacing
{
    /// <summary>Line height as a multiple of the font size.</summary>
    public required double LineHeight { get; init; }
    /// <summary>Space after a paragraph.</summary>
    public required double ParagraphAfter { get; init; }
    /// <summary>Space before a heading.</summary>
    public required double HeadingBefore { get; init; }
    /// <summary>Space after a heading.</summary>
    public required double HeadingAfter { get; init; }
    /// <summary>Padding inside table cells.</summary>
    public required double TableCellPadding { get; init; }
    /// <summary>Line height in table cells, as a multiple of the table font size.</summary>
    public required double TableLineHeight { get; init; }
    /// <summary>Space after each bullet list item.</summary>
    public required double ListItemAfter { get; init; }
    /// <summary>Width of table grid lines.</summary>
    public required double GridWidth { get; init; }
    /// <summary>Width of the rule above total rows.</summary>
    public required double RuleWidth { get; init; }
    /// <summary>Indent of a bullet list's text.</summary>
    public required double ListIndentMm { get; init; }
    /// <summary>Hanging indent of a numbered paragraph's text.</summary>
    public required double NumberIndentMm { get; init; }
}

/// <summary>Page size and margins in millimetres.</summary>
public sealed record ThemePage
{
    /// <summary>Page width (A4: 210).</summary>
    public required double WidthMm { get; init; }
    /// <summary>Page height (A4: 297).</summary>
    public required double HeightMm { get; init; }
    /// <summary>Top margin.</summary>
    public required double MarginTopMm { get; init; }
    /// <summary>Bottom margin; the footer sits inside it.</summary>
    public required double MarginBottomMm { get; init; }
    /// <summary>Left margin.</summary>
    public required double MarginLeftMm { get; init; }
    /// <summary>Right margin.</summary>
    public required double MarginRightMm { get; init; }
}

/// <summary>Colours as #RRGGBB.</summary>
public sealed record ThemeColours
{
    /// <summary>Text.</summary>
    public required string Text { get; init; }
    /// <summary>The rule above total rows.</summary>
    public required string Rule { get; init; }
    /// <summary>Table grid lines.</summary>
    public required string Grid { get; init; }
    /// <summary>Table header row background.</summary>
    public required string HeaderFill { get; init; }
    /// <summary>Group heading row background.</summary>
    public required string GroupFill { get; init; }
    /// <summary>Links.</summary>
    public required string Link { get; init; }
    /// <summary>The DRAFT mark.</summary>
    public required string DraftMark { get; init; }
}
