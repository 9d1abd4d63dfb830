using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The numbering part: one decimal "1." definition for the numbered paragraphs, so that they run on across
/// sections and Word renumbers them when an officer inserts one; one bullet definition for lists.
/// </summary>
internal static class DocxNumbering
{
    public const int ParagraphNumbers = 1;
    public const int Bullets = 2;
    /// <summary>Bullet lists nest this deep; deeper lists take the deepest level.</summary>
    public const int BulletLevels = 3;

    /// <summary>Where a bullet item's text starts at a nesting level, in twips: as the PDF, one list indent per level past the number indent.</summary>
    public static int BulletTextIndent(Theme theme, int level) =>
        TwipsFromMm(theme.Spacing.NumberIndentMm) + level * TwipsFromMm(theme.Spacing.ListIndentMm);

    public static Numbering Create(Theme theme)
    {
        var numberIndent = TwipsFromMm(theme.Spacing.NumberIndentMm);
        var listIndent = TwipsFromMm(theme.Spacing.ListIndentMm);
        // The PDF sets a bullet 0.3 of the list indent in from the list's edge.
        var bulletHang = (int)Math.Round(listIndent * 0.7);
        // As the PDF: • for a list at the left margin, – for any list inside a numbered paragraph or another list.
        string[] glyphs = ["•", "–", "–"];
        return new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                Level(0, NumberFormatValues.Decimal, "%1.", numberIndent, numberIndent, null))
            { AbstractNumberId = ParagraphNumbers },
            new AbstractNum(
                [new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                 // Level 0 sits where a numbered paragraph's text starts; each level below steps in once more.
                 .. Enumerable.Range(0, BulletLevels).Select(i => Level(i, NumberFormatValues.Bullet, glyphs[i], BulletTextIndent(theme, i), bulletHang, theme.Fonts.Families[0]))])
            { AbstractNumberId = Bullets },
            new NumberingInstance(new AbstractNumId { Val = ParagraphNumbers }) { NumberID = ParagraphNumbers },
            new NumberingInstance(new AbstractNumId { Val = Bullets }) { NumberID = Bullets });
    }

    private static Level Level(int level, NumberFormatValues format, string text, int left, int hanging, string? font)
    {
        var result = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = Text(left), Hanging = Text(hanging) }))
        { LevelIndex = level };
        if (font is not null)
            result.Append(new NumberingSymbolRunProperties(new RunFonts { Ascii = font, HighAnsi = font, Hint = FontTypeHintValues.Default }));
        return result;
    }
}
