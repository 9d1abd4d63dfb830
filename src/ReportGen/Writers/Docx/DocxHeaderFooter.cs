using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>Page set-up and the running footer ("short title … Page X of Y"), and the DRAFT header of a draft.</summary>
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

    public static Footer Footer(DocumentMetadata metadata, Theme theme)
    {
        var page = theme.Page;
        var right = TwipsFromMm(page.WidthMm - page.MarginLeftMm - page.MarginRightMm);
        return new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.Footer },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = right })),
            TextRun(metadata.FooterTitle),
            new Run(new TabChar()),
            TextRun("Page "),
            Field("PAGE", "1"),
            TextRun(" of "),
            Field("NUMPAGES", "1")));
    }

    public static Header DraftHeader(Theme theme) => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new Bold(), new Color { Val = Colour(theme.Colours.DraftMark) }), new Text("DRAFT"))));

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new RunProperties(new NoProof()), new Text(cached))) { Instruction = $" {instruction} " };
}
