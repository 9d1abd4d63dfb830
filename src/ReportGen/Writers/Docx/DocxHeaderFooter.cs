using ReportGen.Documents;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// Page set-up; the running footer "short title … Page X of Y" with the version note under it (the note only for
/// drafts and amended versions); and the header with the page marks — DRAFT, NOT FOR PUBLICATION — when there are any.
/// </summary>
internal static class DocxHeaderFooter
{
    /// <summary>The body's closing section properties: header and footer, A4 and the theme's margins.</summary>
    public static void Section(WordXml xml, Theme theme, string footerId, string? headerId)
    {
        var page = theme.Page;
        xml.Start("w:sectPr");
        if (headerId is not null) Reference(xml, "w:headerReference", headerId);
        Reference(xml, "w:footerReference", footerId);
        xml.Start("w:pgSz").Attr("w:w", TwipsFromMm(page.WidthMm)).Attr("w:h", TwipsFromMm(page.HeightMm)).End();
        xml.Start("w:pgMar")
            .Attr("w:top", TwipsFromMm(page.MarginTopMm))
            .Attr("w:right", TwipsFromMm(page.MarginRightMm))
            .Attr("w:bottom", TwipsFromMm(page.MarginBottomMm))
            .Attr("w:left", TwipsFromMm(page.MarginLeftMm))
            .Attr("w:header", TwipsFromMm(page.MarginTopMm / 2))
            .Attr("w:footer", TwipsFromMm(page.MarginBottomMm / 2))
            .Attr("w:gutter", 0).End();
        xml.End();
    }

    private static void Reference(WordXml xml, string element, string id) =>
        xml.Start(element).Attr("w:type", "default").Attr("r:id", id).Attr("xmlns:r", WordXml.Relationships).End();

    /// <summary>
    /// The footer as the PDF draws it: the short title with "Page X of Y" at the right, and under them the version
    /// note when there is one.
    /// </summary>
    public static WordXml Footer(DocumentMetadata metadata, Theme theme)
    {
        var page = theme.Page;
        var right = TwipsFromMm(page.WidthMm - page.MarginLeftMm - page.MarginRightMm);
        var xml = WordXml.Part("w:ftr");
        xml.Start("w:p").Start("w:pPr").Val("w:pStyle", DocxStyles.Footer)
            .Start("w:tabs").Start("w:tab").Attr("w:val", "right").Attr("w:pos", right).End().End()
            .End();
        TextRun(xml, metadata.FooterTitle);
        xml.Start("w:r").Empty("w:tab").End();
        TextRun(xml, "Page ");
        Field(xml, "PAGE", "1");
        TextRun(xml, " of ");
        Field(xml, "NUMPAGES", "1");
        xml.End();
        if (metadata.VersionNote is { Length: > 0 } note)
        {
            xml.Start("w:p").Start("w:pPr").Val("w:pStyle", DocxStyles.Footer).End();
            TextRun(xml, note);
            xml.End();
        }
        return xml.End();
    }

    /// <summary>What the top of every page says: DRAFT for a draft, then the document's page marks.</summary>
    public static IReadOnlyList<string> Marks(DocumentMetadata metadata) =>
        [.. (metadata.IsDraft ? ["DRAFT"] : Array.Empty<string>()).Concat(metadata.PageMarks.Where(m => m.Length > 0))];

    /// <summary>The header: the marks, centred, in the Header style (bold, the theme's mark colour).</summary>
    public static WordXml Header(IReadOnlyList<string> marks)
    {
        var xml = WordXml.Part("w:hdr");
        xml.Start("w:p").Start("w:pPr").Val("w:pStyle", DocxStyles.Header).End();
        TextRun(xml, string.Join(" · ", marks));
        return xml.End().End();
    }

    private static void TextRun(WordXml xml, string text) =>
        xml.Start("w:r").Start("w:t").Attr("xml:space", "preserve").Text(text).End().End();

    private static void Field(WordXml xml, string instruction, string cached) =>
        xml.Start("w:fldSimple").Attr("w:instr", $" {instruction} ")
            .Start("w:r").Start("w:rPr").Empty("w:noProof").End().Element("w:t", cached).End()
            .End();
}
