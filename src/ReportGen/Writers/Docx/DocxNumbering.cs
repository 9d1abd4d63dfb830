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

    public static WordXml Create(Theme theme)
    {
        var numberIndent = TwipsFromMm(theme.Spacing.NumberIndentMm);
        var listIndent = TwipsFromMm(theme.Spacing.ListIndentMm);
        // The PDF sets a bullet 0.3 of the list indent in from the list's edge.
        var bulletHang = (int)Math.Round(listIndent * 0.7);
        // As the PDF: • for a list at the left margin, – for any list inside a numbered paragraph or another list.
        string[] glyphs = ["•", "–", "–"];
        var xml = WordXml.Part("w:numbering");
        xml.Start("w:abstractNum").Attr("w:abstractNumId", ParagraphNumbers).Val("w:multiLevelType", "singleLevel");
        Level(xml, 0, "decimal", "%1.", numberIndent, numberIndent, null);
        xml.End();
        xml.Start("w:abstractNum").Attr("w:abstractNumId", Bullets).Val("w:multiLevelType", "hybridMultilevel");
        // Level 0 sits where a numbered paragraph's text starts; each level below steps in once more.
        for (var i = 0; i < BulletLevels; i++) Level(xml, i, "bullet", glyphs[i], BulletTextIndent(theme, i), bulletHang, theme.Fonts.Families[0]);
        xml.End();
        foreach (var id in new[] { ParagraphNumbers, Bullets })
            xml.Start("w:num").Attr("w:numId", id).Val("w:abstractNumId", id).End();
        return xml.End();
    }

    private static void Level(WordXml xml, int level, string format, string text, int left, int hanging, string? font)
    {
        xml.Start("w:lvl").Attr("w:ilvl", level)
            .Val("w:start", 1)
            .Val("w:numFmt", format)
            .Val("w:lvlText", text)
            .Val("w:lvlJc", "left")
            .Start("w:pPr").Start("w:ind").Attr("w:left", left).Attr("w:hanging", hanging).End().End();
        if (font is not null)
            xml.Start("w:rPr").Start("w:rFonts").Attr("w:hint", "default").Attr("w:ascii", font).Attr("w:hAnsi", font).End().End();
        xml.End();
    }
}
