using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Governance;

/// <summary>
/// Issue 11, points 5 and 2, through the CLI: the reference paper as shipped notes its corrected total under the
/// funding summary in every format and says so under its title and in its footer; version and status are in every
/// format's metadata; an amended version is dated by its latest amendment. (In-process tests already cover the
/// writers given metadata: Pdf/PdfVersionTests, DocxRobustnessTests, HtmlWriterTests; the Document's note is in
/// Golden/reference-paper.dump.txt.)
/// </summary>
public class CorrectionOnRecordTests(ReferenceEditions papers) : IClassFixture<ReferenceEditions>
{
    private const string Note = "Correction: the published paper printed Total as 11,279; its rows add up to 11,291, which is printed here.";
    private const string Statement = "This edition corrects one figure of the paper as published; a note beside it says so.";
    private const string VersionNote = "Version 1.0, correcting figures as published";

    [ProgramFact("pdftotext")]
    public void The_pdf_notes_the_corrected_total_under_the_funding_summary()
    {
        var text = OutputText.Joined(Programs.PdfText(papers.Shipped.File(".pdf"), "-layout"));
        Assert.Single(Regex.Matches(text, Regex.Escape(Note)));
        int At(string phrase) => text.IndexOf(phrase, StringComparison.Ordinal) is var i and >= 0 ? i : throw new Xunit.Sdk.XunitException($"'{phrase}' not in the PDF");
        Assert.True(At(Statement) < At("4. The overall amounts by funding stream"));
        Assert.True(At("4. The overall amounts by funding stream") < At("Programme Funding Stream 2022/23 £000s"));
        Assert.True(At("Programme Funding Stream 2022/23 £000s") < At("Victims Services Specific Grant 5,341 Total 11,291"));
        Assert.True(At("Victims Services Specific Grant 5,341 Total 11,291") < At(Note));
        Assert.True(At(Note) < At("5. Managers within the OPCC"));
        var pages = Programs.PdfText(papers.Shipped.File(".pdf")).Split('\f')[..^1];
        Assert.All(pages, page => Assert.Contains(VersionNote, page));
    }

    [Fact]
    public void The_docx_notes_the_corrected_total_in_the_paragraph_after_the_funding_summary_table()
    {
        using var word = WordprocessingDocument.Open(papers.Shipped.File(".docx"), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var summary = Assert.Single(body.Elements<Table>(), t => t.Elements<TableRow>().First().InnerText.StartsWith("ProgrammeFunding Stream", StringComparison.Ordinal));
        var note = Assert.IsType<Paragraph>(summary.NextSibling());
        Assert.Equal(Note, note.InnerText);
        Assert.Single(body.Descendants<Paragraph>(), p => p.InnerText.Contains("Correction:", StringComparison.Ordinal));
        Assert.Contains(body.Elements<Paragraph>().TakeWhile(p => p.ElementsBefore().Count() < summary.ElementsBefore().Count()), p => p.InnerText == Statement);
        Assert.Contains(VersionNote, word.MainDocumentPart.FooterParts.Single().Footer!.InnerText);
    }

    [Fact]
    public void The_html_notes_the_corrected_total_straight_after_the_funding_summary_table()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(papers.Shipped.File(".html")));
        var summary = Assert.Single(page.QuerySelectorAll("table"), t => t.QuerySelector("caption")!.TextContent.StartsWith("Funding by programme", StringComparison.Ordinal));
        Assert.Equal("p", summary.NextElementSibling!.LocalName);
        Assert.Equal(Note, summary.NextElementSibling.TextContent);
        Assert.Single(page.QuerySelectorAll("p"), p => p.TextContent.Contains("Correction:", StringComparison.Ordinal));
        Assert.Equal(Statement, page.QuerySelector("h1 + p")!.TextContent);
        Assert.Contains(VersionNote, page.QuerySelector("body > footer")!.TextContent);
    }

    [ProgramFact("pdfinfo")]
    public void Version_and_status_are_in_every_formats_metadata()
    {
        var info = Programs.Run("pdfinfo", "-custom", papers.Shipped.File(".pdf")).Stdout;
        Assert.Matches(@"(?m)^Version:\s+1\.0$", info);
        Assert.Matches(@"(?m)^Status:\s+Final$", info);
        var xmp = Programs.Run("pdfinfo", "-meta", papers.Shipped.File(".pdf")).Stdout;
        Assert.Contains("<xmpMM:VersionID>1.0</xmpMM:VersionID>", xmp);
        Assert.Contains("<rgpaper:Status>Final</rgpaper:Status>", xmp);
        using (var word = WordprocessingDocument.Open(papers.Shipped.File(".docx"), false))
            Assert.Equal(("1.0", "Final"), (word.PackageProperties.Version, word.PackageProperties.ContentStatus));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(papers.Shipped.File(".html")));
        Assert.Equal(("1.0", "Final"), (page.QuerySelector("meta[name=version]")!.GetAttribute("content"), page.QuerySelector("meta[name=status]")!.GetAttribute("content")));
    }

    [ProgramFact("pdfinfo", "pdftotext")]
    public void An_amended_version_is_dated_by_its_latest_amendment_named_by_its_version_and_still_notes_the_correction()
    {
        var amended = papers.Amended;
        var info = Programs.Run("pdfinfo", "-isodates", "-custom", amended.File(".pdf")).Stdout;
        Assert.Matches(@"(?m)^CreationDate:\s+2022-03-22T00:00:00Z$", info);
        Assert.Matches(@"(?m)^ModDate:\s+2022-04-02T00:00:00Z$", info);
        Assert.Matches(@"(?m)^Version:\s+1\.2$", info);
        Assert.Contains("<xmp:ModifyDate>2022-04-02T00:00:00+00:00</xmp:ModifyDate>", Programs.Run("pdfinfo", "-meta", amended.File(".pdf")).Stdout);
        using (var word = WordprocessingDocument.Open(amended.File(".docx"), false))
        {
            Assert.Equal(new DateTime(2022, 4, 2), word.PackageProperties.Modified!.Value.ToUniversalTime());
            Assert.Equal("1.2", word.PackageProperties.Version);
        }
        Assert.Contains("<meta name=\"dcterms.modified\" content=\"2022-04-02\">", File.ReadAllText(amended.File(".html")));
        Assert.All(new[] { ".pdf", ".docx", ".html" }, extension => Assert.EndsWith("-v1.2" + extension, amended.File(extension)));

        var text = OutputText.Joined(Programs.PdfText(amended.File(".pdf")));
        Assert.Contains("Amended 2 April 2022 (version 1.2): Victims Services line for DWP confirmed.", text);
        Assert.Contains("Amended 30 March 2022 (version 1.1): Signatory's role corrected.", text);
        Assert.Contains(Statement, text);
        Assert.Contains(Note, text);
        Assert.All(Programs.PdfText(amended.File(".pdf")).Split('\f')[..^1], page => Assert.Contains("Version 1.2, amended 2 April 2022", page));
    }
}
