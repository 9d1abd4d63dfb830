using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The styles part, from the theme: Normal, Title, Heading 1–2 (document levels 1–3), Numbered Paragraph
/// (tied to the numbering definition), List Bullet, Hyperlink and the Budget Table table style. Styling lives
/// here, not on runs, so an officer restyling the paper in Word changes a style, not every paragraph.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string NumberedParagraph = "NumberedParagraph";
    public const string ListBullet = "ListBullet";
    public const string TableText = "TableText";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string BudgetTable = "BudgetTable";
    public const string TitleBlock = "TitleBlock";
    public const string Signature = "Signature";
    public const string Continuation = "Continuation";
    public const string Note = "Note";

    public static Styles Create(Theme theme)
    {
        var fonts = theme.Fonts;
        var spacing = theme.Spacing;
        var line = Text((int)Math.Round(240 * spacing.LineHeight));
        var font = fonts.Families[0];
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new Color { Val = Colour(theme.Colours.Text) },
                    new FontSize { Val = HalfPoints(fonts.BodySize) },
                    new FontSizeComplexScript { Val = HalfPoints(fonts.BodySize) },
                    new Languages { Val = "en-GB", EastAsia = "en-GB", Bidi = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = Text(TwipsFromPoints(spacing.ParagraphAfter)), Line = line, LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            ParagraphStyle(Title, "Title", "Normal", keepNext: true,
                run: [new Bold(), new FontSize { Val = HalfPoints(fonts.TitleSize) }],
                spacing: new SpacingBetweenLines { Before = Text(TwipsFromPoints(spacing.HeadingBefore)), After = Text(TwipsFromPoints(spacing.HeadingAfter)) }),
            ParagraphStyle(Heading1, "heading 1", "Normal", keepNext: true, outline: 0,
                run: [new Bold(), new FontSize { Val = HalfPoints(fonts.HeadingSize) }],
                spacing: new SpacingBetweenLines { Before = Text(TwipsFromPoints(spacing.HeadingBefore)), After = Text(TwipsFromPoints(spacing.HeadingAfter)) }),
            ParagraphStyle(Heading2, "heading 2", "Normal", keepNext: true, outline: 1,
                run: [new Bold(), new FontSize { Val = HalfPoints(fonts.SubheadingSize) }],
                spacing: new SpacingBetweenLines { Before = Text(TwipsFromPoints(spacing.HeadingBefore)), After = Text(TwipsFromPoints(spacing.HeadingAfter)) }),
            ParagraphStyle(NumberedParagraph, "Numbered Paragraph", "Normal",
                numbering: new NumberingProperties(new NumberingId { Val = DocxNumbering.ParagraphNumbers })),
            ParagraphStyle(ListBullet, "List Bullet", "Normal",
                numbering: new NumberingProperties(new NumberingId { Val = DocxNumbering.Bullets }),
                spacing: new SpacingBetweenLines { After = Text(TwipsFromPoints(spacing.ListItemAfter)) }),
            ParagraphStyle(TableText, "Table Text", "Normal",
                run: [new FontSize { Val = HalfPoints(fonts.TableSize) }, new FontSizeComplexScript { Val = HalfPoints(fonts.TableSize) }],
                spacing: new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            ParagraphStyle(TitleBlock, "Title Block", "Normal", keepNext: true, run: [new Bold()]),
            ParagraphStyle(Signature, "Signature", "Normal", spacing: new SpacingBetweenLines { Before = Text(TwipsFromPoints(spacing.ParagraphAfter)) }),
            ParagraphStyle(Continuation, "Continuation", "Normal", keepNext: true, run: [new Bold()]),
            ParagraphStyle(Note, "Note", "Normal",
                run: [new FontSize { Val = HalfPoints(fonts.TableSize) }, new FontSizeComplexScript { Val = HalfPoints(fonts.TableSize) }]),
            ParagraphStyle(Footer, "footer", "Normal",
                run: [new FontSize { Val = HalfPoints(fonts.FooterSize) }],
                spacing: new SpacingBetweenLines { After = "0" }),
            new Style(
                new StyleName { Val = "Hyperlink" },
                new UIPriority { Val = 99 },
                new StyleRunProperties(new Color { Val = Colour(theme.Colours.Link) }, new Underline { Val = UnderlineValues.Single }))
            { Type = StyleValues.Character, StyleId = Hyperlink },
            DocxTableStyle.Create(theme));
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false, bool keepNext = false,
        int? outline = null, OpenXmlElement[]? run = null, SpacingBetweenLines? spacing = null, NumberingProperties? numbering = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext) paragraph.Append(new KeepNext());
        if (numbering is not null) paragraph.Append(numbering);
        if (spacing is not null) paragraph.Append(spacing);
        if (outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        if (paragraph.HasChildren) style.Append(paragraph);
        if (run is not null) style.Append(new StyleRunProperties(run));
        return style;
    }
}
