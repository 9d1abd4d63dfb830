using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using Document = ReportGen.Documents.Document;
using Paragraph = ReportGen.Documents.Paragraph;
using Text = ReportGen.Documents.Text;

namespace ReportGen.Tests.Writers;

/// <summary>Hostile text, links and dates never make the DOCX writer throw: they are replaced, reported, or clamped.</summary>
public class DocxRobustnessTests
{
    private static Document Reference => Built.Reference.Document!;

    private static void AssertValid(byte[] docx)
    {
        using var word = DocxOutput.Open(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>Characters XML 1.0 forbids: a C0 control, U+FFFF, and lone surrogates, in body text, a caption and metadata.</summary>
    internal static Document WithForbiddenCharacters() => Reference with
    {
        Metadata = Reference.Metadata with { Title = "Budget\u0002 title", FooterTitle = "Short \uDC00title", Keywords = ["a\uFFFEb"], PageMarks = ["MARK\u0007"] },
        Blocks =
        [
            new Paragraph([new Text("Bell \u0007 and \uFFFF and a lone \uD800 surrogate; a pair 😀 stays.")]),
            new Documents.Table("Caption\u0001", [ColumnAlignment.Left], [new Documents.TableRow(RowKind.Item, [new([new Text("Head\u001F")])])], []),
        ],
    };

    [Fact]
    public void Characters_XML_cannot_carry_are_replaced_and_reported_where_they_are()
    {
        var diagnostics = new DiagnosticBag();
        var docx = DocxOutput.Render(WithForbiddenCharacters(), diagnostics);
        AssertValid(docx);
        using var word = DocxOutput.Open(docx);
        var body = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Bell \uFFFD and \uFFFD and a lone \uFFFD surrogate; a pair 😀 stays.", body);
        Assert.Equal("Budget\uFFFD title", word.PackageProperties.Title);
        Assert.Contains("Short \uFFFDtitle", word.MainDocumentPart.FooterParts.Single().Footer!.InnerText);
        var warnings = diagnostics.Items.Where(d => d.Code == "RG0620").Select(d => d.Message).ToList();
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, diagnostics.Items.First(d => d.Message == w).Severity));
        Assert.Contains(warnings, w => w.StartsWith("the paragraph “Bell", StringComparison.Ordinal) && w.Contains("U+0007", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("a table caption", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("the table “Caption\uFFFD”", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("the metadata's title", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("the metadata's short title", StringComparison.Ordinal) && w.Contains("lone surrogate", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("the metadata's keywords", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("the metadata's page marks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_Word_cannot_open_prints_as_text_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var document = Reference with
        {
            Blocks = [new Paragraph([
                new Link("https://", [new Text("no host")]), new Text(" "),
                new Link("mailto:a\"b@example.org", [new Text("quoted mail")]), new Text(" "),
                new Link("http://exa mple.org/", [new Text("a space")]), new Text(" "),
                new Link("https://example.org/ok", [new Text("fine")])])],
        };
        var docx = DocxOutput.Render(document, diagnostics);
        AssertValid(docx);
        using var word = DocxOutput.Open(docx);
        var links = word.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>().Select(h => h.InnerText).ToList();
        Assert.Contains("fine", links);
        Assert.DoesNotContain("no host", links);
        Assert.Contains("no host quoted mail a space fine", word.MainDocumentPart.Document.Body.InnerText);
        Assert.Contains(diagnostics.Items, d => d.Code == "RG0621" && d.Message.Contains("\"https://\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(9999, 12, 31, 2107, 12, 31)]
    [InlineData(1, 1, 1, 1980, 1, 1)]
    [InlineData(2108, 1, 1, 2107, 12, 31)]
    public void Any_date_is_written_zip_times_clamped_to_what_zip_can_hold(int year, int month, int day, int zipYear, int zipMonth, int zipDay)
    {
        var date = new DateOnly(year, month, day);
        var docx = DocxOutput.Render(Reference with { Metadata = Reference.Metadata with { Date = date, Modified = date } });
        AssertValid(docx);
        using (var zip = new ZipArchive(new MemoryStream(docx)))
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(zipYear, zipMonth, zipDay), e.LastWriteTime.DateTime.Date));
        using var word = DocxOutput.Open(docx);
        using var core = new StreamReader(word.CoreFilePropertiesPart!.GetStream());
        Assert.Contains($"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date:yyyy-MM-dd}T00:00:00Z</dcterms:created>", core.ReadToEnd());
    }

    [Fact]
    public void An_amended_draft_records_its_version_status_and_dates_and_marks_every_page()
    {
        var metadata = Reference.Metadata with
        {
            Version = "1.1", IsDraft = true, Modified = new DateOnly(2022, 4, 5),
            VersionNote = "Draft 1.1, amended 5 April 2022", PageMarks = ["NOT FOR PUBLICATION"],
        };
        var docx = DocxOutput.Render(Reference with { Metadata = metadata });
        AssertValid(docx);
        using var word = DocxOutput.Open(docx);
        var core = word.PackageProperties;
        Assert.Equal(("1.1", "Draft"), (core.Version, core.ContentStatus));
        Assert.Equal(new DateTime(2022, 3, 22), core.Created!.Value.ToUniversalTime().Date);
        Assert.Equal(new DateTime(2022, 4, 5), core.Modified!.Value.ToUniversalTime().Date);
        // As the PDF draws it: the title with the page number, and the version note on a line of its own under them.
        var footer = word.MainDocumentPart!.FooterParts.Single().Footer!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["External Commissioning Budget 2022/23Page 1 of 1", "Draft 1.1, amended 5 April 2022"], footer);
        var header = word.MainDocumentPart.HeaderParts.Single().Header!;
        Assert.Equal("DRAFT · NOT FOR PUBLICATION", header.InnerText);
        Assert.Equal("Header", header.Descendants<ParagraphStyleId>().Single().Val!.Value);
        var app = word.ExtendedFilePropertiesPart!.Properties!;
        Assert.Equal("ReportGen test", app.Application!.Text);
    }

    [Fact]
    public void A_first_final_version_has_no_header_and_no_version_note()
    {
        // The reference corrects a published figure, so its footer says so; a plain first final version says nothing.
        using (var reference = DocxOutput.Open(DocxOutput.Reference))
            Assert.EndsWith("Version 1.0, correcting figures as published", reference.MainDocumentPart!.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
        var plain = Built.Reference.Document! with { Metadata = Built.Reference.Document!.Metadata with { VersionNote = null } };
        using var word = DocxOutput.Open(DocxOutput.Render(plain));
        Assert.Empty(word.MainDocumentPart!.HeaderParts);
        Assert.Equal("Final", word.PackageProperties.ContentStatus);
        Assert.Single(word.MainDocumentPart.FooterParts.Single().Footer!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>());
        Assert.DoesNotContain("Version", word.MainDocumentPart.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);
    }
}
