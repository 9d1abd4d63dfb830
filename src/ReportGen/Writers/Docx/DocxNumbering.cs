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

    public static Numbering Create(Theme theme)
    {
        var numberIndent = TwipsFromMm(theme.Spacing.NumberIndentMm);
        var listIndent = TwipsFromMm(theme.Spacing.ListIndentMm);
        var bulletHang = listIndent / 2;
        string[] glyphs = ["•", "–", "•"];
        return new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                Level(0, NumberFormatValues.Decimal, "%1.", numberIndent, numberIndent, null))
            { AbstractNumberId = ParagraphNumbers },
            new AbstractNum(
                [new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                 // Level 0 sits where a numbered paragraph's text starts; each level below steps in once more.
                 .. Enumerable.Range(0, 3).Select(i => Level(i, NumberFormatValues.Bullet, glyphs[i], numberIndent + i * listIndent, bulletHang, "Arial"))])
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
