using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using ReportGen.Writers;
using Document = ReportGen.Documents.Document;
using Paragraph = ReportGen.Documents.Paragraph;
using Emphasis = ReportGen.Documents.Emphasis;
using ListItem = ReportGen.Documents.ListItem;
using Table = ReportGen.Documents.Table;
using TableCell = ReportGen.Documents.TableCell;
using TableRow = ReportGen.Documents.TableRow;
using Text = ReportGen.Documents.Text;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ReportGen.Tests.Writers.Docx;

/// <summary>
/// The DOCX writer writes its XML itself, so text that looks like markup, XML's own delimiters and characters XML
/// cannot carry are put in every place the writer puts text — body, headings, bookmarks, references, links, table
/// captions and cells, header, footer, core and extended properties — and read back with the Open XML SDK.
/// </summary>
public class DocxHostileTextTests
{
    private const string Nasty = "a & b < c > d ]]> e \" f ' g\th\r\ni <w:t>j</w:t> &amp; &#x1; \u0001 \u0007 \uD800 \uDC00x \uFFFE \uFFFF 😀 \u0085 \u2028 end";
    private const string Url = "https://example.org/find?a=1&b='2'&c=]]>#part";

    /// <summary>What the reader must see: the text as given, with only what XML cannot carry replaced.</summary>
    private static readonly string Expected = SafeText.Replace(Nasty);

    private static TableCell Cell(string text) => new([new Text(text)]);

    internal static Document Everywhere()
    {
        var reference = Built.Reference.Document!;
        string[] marks = [Nasty];
        return reference with
        {
            Metadata = reference.Metadata with
            {
                Title = Nasty, Subject = Nasty, Author = Nasty, Keywords = [Nasty, "second"], Version = Nasty, VersionNote = Nasty,
                PageMarks = [.. marks], Classification = Nasty, FooterTitle = Nasty, Generator = Nasty, IsDraft = true,
            },
            Blocks =
            [
                new Heading(1, [new Text(Nasty)], Id: Nasty),
                new NumberedParagraph(1, Nasty, [new Text(Nasty), new ParagraphReference(Nasty, 1)], []),
                new Paragraph([new Strong([new Text(Nasty)]), new LineBreak(), new Emphasis([new Link(Url, [new Text(Nasty)])])]),
                new BulletList([new ListItem([new Paragraph([new Text(Nasty)])])]),
                new Table(Nasty, [ColumnAlignment.Left, ColumnAlignment.Right],
                    [new TableRow(RowKind.Item, [Cell(Nasty), Cell(Nasty)])],
                    [new TableRow(RowKind.Group, [Cell(Nasty), Cell("")]), new TableRow(RowKind.Total, [Cell(Nasty), Cell(Nasty)])]),
            ],
        };
    }

    private static readonly Lazy<byte[]> docx = new(() => DocxOutput.Render(Everywhere(), new DiagnosticBag()));

    [Fact]
    public void Every_part_is_well_formed_XML_and_the_document_is_valid_open_xml()
    {
        using (var zip = new ZipArchive(new MemoryStream(docx.Value)))
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                XDocument.Load(stream); // throws on anything a strict XML reader refuses
            }
        using var word = DocxOutput.Open(docx.Value);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Body_text_headings_lists_and_table_cells_read_back_as_written()
    {
        using var word = DocxOutput.Open(docx.Value);
        var body = word.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<WordParagraph>().ToList();
        string Texts(OpenXmlElement e) => string.Concat(e.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
        Assert.Equal(Expected, Texts(paragraphs[0]));
        Assert.Equal(Expected + "1", Texts(paragraphs[1]));
        Assert.Equal(Expected + Expected, Texts(paragraphs[2]));
        Assert.Equal(Expected, Texts(paragraphs[3]));
        var table = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single();
        Assert.Equal(Expected, table.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value);
        var cells = table.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(Texts).ToList();
        Assert.Equal([Expected, Expected, Expected, "", Expected, Expected], cells);
    }

    [Fact]
    public void Bookmarks_references_and_links_keep_to_names_and_addresses_Word_accepts()
    {
        using var word = DocxOutput.Open(docx.Value);
        var body = word.MainDocumentPart!.Document.Body!;
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToList();
        Assert.Equal(2, bookmarks.Count);
        Assert.All(bookmarks, name => Assert.Matches("^_[A-Za-z0-9_]{1,39}$", name));
        // The REF field names the numbered paragraph's bookmark.
        Assert.Equal($" REF {bookmarks[1]} \\r \\h ", body.Descendants<FieldCode>().Single().Text);
        var link = body.Descendants<Hyperlink>().Single();
        Assert.Equal(Expected, link.InnerText);
        Assert.Equal(Url, word.MainDocumentPart.HyperlinkRelationships.Single(h => h.Id == link.Id).Uri.OriginalString);
    }

    [Fact]
    public void Header_footer_and_properties_read_back_as_written()
    {
        using var word = DocxOutput.Open(docx.Value);
        Assert.Equal("DRAFT · " + Expected, word.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
        var footer = word.MainDocumentPart.FooterParts.Single().Footer!.Elements<WordParagraph>().ToList();
        Assert.Equal(Expected + "Page 1 of 1", footer[0].InnerText);
        Assert.Equal(Expected, footer[1].InnerText);
        var core = word.PackageProperties;
        Assert.All(new[] { core.Title, core.Subject, core.Creator, core.Version, core.Category, core.LastModifiedBy }, value => Assert.Equal(Expected, value));
        Assert.Equal(Expected + "; second", core.Keywords);
        var app = word.ExtendedFilePropertiesPart!.Properties!;
        Assert.Equal((Expected, Expected), (app.Application!.Text, app.Company!.Text));
    }

    [Fact]
    public void The_zip_holds_exactly_the_parts_the_relationships_reach_each_with_its_content_type()
    {
        using var word = DocxOutput.Open(docx.Value);
        var parts = word.GetAllParts().Select(p => p.Uri.OriginalString.TrimStart('/')).ToList();
        Assert.All(word.GetAllParts(), p => Assert.StartsWith("application/vnd.openxmlformats-", p.ContentType, StringComparison.Ordinal));
        using var zip = new ZipArchive(new MemoryStream(docx.Value));
        string[] packaging = ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"];
        Assert.Equal([.. parts.Concat(packaging).Order(StringComparer.Ordinal)], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [ProgramFact("soffice", "pdftotext")]
    public void LibreOffice_opens_it_and_prints_the_markup_as_text()
    {
        using var folder = new TempDir();
        var path = folder.File("hostile.docx");
        File.WriteAllBytes(path, docx.Value);
        var text = Programs.PdfText(Programs.LibreOfficePdf(path, folder.Path));
        Assert.Contains("a & b < c > d ]]> e \" f ' g", text, StringComparison.Ordinal);
        Assert.Contains("<w:t>j</w:t> &amp; &#x1;", text, StringComparison.Ordinal);
        Assert.Contains("DRAFT · a & b", text, StringComparison.Ordinal);
    }
}
