using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// Page set-up; the running footer "short title … Page X of Y" with the version note under it (the note only for
/// drafts and amended versions); and the header with the page marks — DRAFT, NOT FOR PUBLICATION — when there are any.
/// </summary>
internal static class DocxHeaderFooter
{
    public static SectionProperties Section(Theme theme, string footerId, string? headerId)
    {
        var page = theme.Page;
        var section = new SectionProperties();
        if (headerId is not null) section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        section.Append(
            new PageSize { Width = (uint)TwipsFromMm(page.WidthMm), Height = (uint)TwipsFromMm(page.HeightMm) },
            new PageMargin
            {
                Top = TwipsFromMm(page.MarginTopMm),
                Bottom = TwipsFromMm(page.MarginBottomMm),
                Left = (uint)TwipsFromMm(page.MarginLeftMm),
                Right = (uint)TwipsFromMm(page.MarginRightMm),
                Header = (uint)TwipsFromMm(page.MarginTopMm / 2),
                Footer = (uint)TwipsFromMm(page.MarginBottomMm / 2),
                Gutter = 0,
            });
        return section;
    }

    /// <summary>
    /// The footer as the PDF draws it: the short title with "Page X of Y" at the right, and under them the version
    /// note when there is one.
    /// </summary>
    public static Footer Footer(DocumentMetadata metadata, Theme theme)
    {
        var page = theme.Page;
        var right = TwipsFromMm(page.WidthMm - page.MarginLeftMm - page.MarginRightMm);
        var footer = new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.Footer },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = right })),
            TextRun(metadata.FooterTitle),
            new Run(new TabChar()),
            TextRun("Page "),
            Field("PAGE", "1"),
            TextRun(" of "),
            Field("NUMPAGES", "1")));
        if (metadata.VersionNote is { Length: > 0 } note)
            footer.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }), TextRun(note)));
        return footer;
    }

    /// <summary>What the top of every page says: DRAFT for a draft, then the document's page marks.</summary>
    public static IReadOnlyList<string> Marks(DocumentMetadata metadata) =>
        [.. (metadata.IsDraft ? ["DRAFT"] : Array.Empty<string>()).Concat(metadata.PageMarks.Where(m => m.Length > 0))];

    /// <summary>The header: the marks, centred, in the Header style (bold, the theme's mark colour).</summary>
    public static Header Header(IReadOnlyList<string> marks) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Header }),
        TextRun(string.Join(" · ", marks))));

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new RunProperties(new NoProof()), new Text(cached))) { Instruction = $" {instruction} " };
}
