using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Reading;
using ReportGen.Tests.Support;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ReportGen.Tests.Writers;

/// <summary>The Word document read back with the Open XML SDK: valid, styled, numbered, and every figure in its cell.</summary>
public class DocxWriterTests
{
    private static IReadOnlyList<string> Validate(byte[] docx)
    {
        using var word = DocxOutput.Open(docx);
        return new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    private static string Describe(IEnumerable<string> errors) => string.Join("\n", errors);

    [Fact]
    public void The_reference_paper_is_valid_open_xml()
    {
        var errors = Validate(DocxOutput.Reference);
        Assert.True(errors.Count == 0, Describe(errors));
    }

    [Fact]
    public void Every_spec_example_and_the_hostile_paper_are_valid_open_xml()
    {
        var markdown = Directory.GetFiles(Repo.Path("tests", "ReportGen.Tests", "Reading", "Specs"), "*.md").Select(File.ReadAllText);
        var documents = markdown.Select(m => DocumentReader.Read(m, Built.Reference.Document!.Metadata).Document).Append(Hostile.Build().Document!);
        foreach (var document in documents)
        {
            var errors = Validate(DocxOutput.Render(document));
            Assert.True(errors.Count == 0, Describe(errors));
        }
    }

    [Fact]
    public void Numbered_paragraphs_use_one_numbering_definition_through_their_style()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var body = word.MainDocumentPart!.Document.Body!;
        var numbered = body.Elements<Paragraph>().Where(p => DocxOutput.StyleIds(word, p).Contains("NumberedParagraph")).ToList();
        Assert.Equal(12, numbered.Count);
        Assert.StartsWith("To provide members", numbered[0].InnerText);
        Assert.StartsWith("The Board is asked", numbered[11].InnerText);

        var style = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "NumberedParagraph");
        var numId = style.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var numbering = word.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
        var level = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().First();
        Assert.Equal(NumberFormatValues.Decimal, level.NumberingFormat!.Val!.Value);
        Assert.Equal("%1.", level.LevelText!.Val!.Value);
        // Nothing overrides the style's numbering on a paragraph, so numbers run on and Word renumbers on edit.
        Assert.All(numbered, p => Assert.Null(p.ParagraphProperties!.NumberingProperties));
    }

    [Fact]
    public void The_cross_reference_is_a_REF_field_to_a_bookmark_on_paragraph_4_showing_4()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var numbered = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => DocxOutput.StyleIds(word, p).Contains("NumberedParagraph")).ToList();
        Assert.Equal("_Ref_funding_summary", numbered[3].GetFirstChild<BookmarkStart>()!.Name!.Value);
        var nine = numbered[8];
        Assert.Equal(" REF _Ref_funding_summary \\r \\h ", nine.Descendants<FieldCode>().Single().Text);
        Assert.Contains("included in paragraph 4 of this report", string.Concat(nine.Descendants<Text>().Select(t => t.Text)));
    }

    [Fact]
    public void Every_table_row_and_cell_holds_what_the_document_says()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var docxTables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        var tables = Built.Reference.Document!.Blocks.OfType<Documents.Table>().ToList();
        Assert.Equal(tables.Count, docxTables.Count);
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = docxTables[t].Elements<TableRow>().ToList();
            var expected = tables[t].Header.Concat(tables[t].Body).ToList();
            Assert.Equal(expected.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
                Assert.Equal(expected[r].Cells.Select(c => Inlines.PlainText(c.Content)), rows[r].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText));
            Assert.Equal(tables[t].Caption, docxTables[t].GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value);
        }
    }

    [Fact]
    public void Header_rows_repeat_and_cells_take_the_style_of_their_row_kind_and_column()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var cs = word.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(2);
        var rows = cs.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        string[] Styles(TableRow row) => [.. row.Descendants<Paragraph>().Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value!)];
        Assert.Equal(["TableHeading", "TableHeadingAmount"], Styles(rows[0]));
        Assert.Equal(["TableGroup", "TableGroupAmount"], Styles(rows[1]));
        Assert.Equal(["TableText", "TableAmount"], Styles(rows[2]));
        Assert.Equal(["TableSubtotal", "TableSubtotalAmount"], Styles(rows[9]));
        Assert.Equal(["TableTotal", "TableTotalAmount"], Styles(rows[^1]));
        // Every money cell is right-aligned by its style, bold or italic by its row's style.
        Assert.All(rows, r => Assert.Equal(JustificationValues.Right, DocxOutput.Resolved<Justification>(word, r.Descendants<Paragraph>().Last())!.Val!.Value));
        var styles = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.NotNull(styles["TableGroup"].StyleRunProperties!.GetFirstChild<Italic>());
        Assert.NotNull(styles["TableSubtotal"].StyleRunProperties!.GetFirstChild<Bold>());
        Assert.NotNull(styles["TableTotal"].StyleRunProperties!.GetFirstChild<Bold>());
        Assert.Equal("BudgetTable", cs.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
    }

    [Fact]
    public void The_page_is_A4_with_theme_margins_and_a_page_x_of_y_footer()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var section = word.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal(1247u, section.GetFirstChild<PageMargin>()!.Left!.Value); // 22 mm
        var footer = word.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!));
        Assert.StartsWith("External Commissioning Budget 2022/23", footer.InnerText);
        Assert.Contains("Page 1 of 1", footer.InnerText);
    }

    [Fact]
    public void Each_appendix_and_continued_page_starts_a_new_page_by_its_style()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        Assert.All(paragraphs, p => Assert.Null(p.ParagraphProperties?.PageBreakBefore));
        var breaking = paragraphs.Where(p => DocxOutput.Resolved<PageBreakBefore>(word, p) is not null).Select(p => p.InnerText).ToList();
        Assert.Equal(["Appendix A - Police Crime Commissioner – External Commissioning Budget, 2022/23", "Appendix A - continued",
            "Appendix A - continued", "Appendix B – Funding Streams"], breaking);
    }

    [Fact]
    public void Styles_are_named_and_the_language_is_british_english()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var names = styles.Elements<Style>().Select(s => s.StyleName!.Val!.Value).ToList();
        Assert.Superset(new HashSet<string?> { "Normal", "Title", "heading 1", "heading 2", "Numbered Paragraph", "List Bullet", "Budget Table" }, names.ToHashSet());
        Assert.Equal("en-GB", styles.DocDefaults!.Descendants<Languages>().Single().Val!.Value);
        Assert.Equal("Arial", styles.DocDefaults.Descendants<RunFonts>().Single().Ascii!.Value);
        var body = word.MainDocumentPart.Document.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("Title", body.Single(p => p.InnerText == "OPCC External Commissioning Budget 2022/23").ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(6 + 2, body.Count(p => DocxOutput.StyleIds(word, p).Contains("Heading1")));
    }

    [Fact]
    public void Core_properties_come_from_the_data_never_the_clock()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var core = word.PackageProperties;
        Assert.Equal("OPCC External Commissioning Budget 2022/23", core.Title);
        Assert.Equal("Office of the West Midlands Police and Crime Commissioner", core.Creator);
        Assert.Equal("Strategic Policing and Crime Board, 22 March 2022", core.Subject);
        Assert.Equal("en-GB", core.Language);
        Assert.Equal("1.0", core.Version);
        Assert.Equal(new DateTime(2022, 3, 22), core.Created!.Value.ToUniversalTime().Date);
        Assert.Equal(new DateTime(2022, 3, 22), core.Modified!.Value.ToUniversalTime().Date);
        Assert.Contains("victims services", core.Keywords);
    }

    [Fact]
    public void The_zip_has_fixed_times_fixed_order_and_no_random_part_names()
    {
        using var zip = new ZipArchive(new MemoryStream(DocxOutput.Reference));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2022, 3, 22), e.LastWriteTime.DateTime.Date));
        Assert.All(zip.Entries, e => Assert.DoesNotMatch("[0-9a-f]{32}", e.FullName));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes() =>
        Assert.Equal(DocxOutput.Reference, DocxOutput.Render(Built.Reference.Document!));

    [Fact]
    public void Hostile_labels_print_literally_in_their_cells()
    {
        using var word = DocxOutput.Open(DocxOutput.Render(Hostile.Build().Document!));
        var cs = word.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(2);
        var labels = cs.Elements<TableRow>().Skip(1).Take(2).Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First().InnerText);
        Assert.All(labels, label => Assert.Equal(Hostile.Label, label));
        Assert.DoesNotContain(word.MainDocumentPart.HyperlinkRelationships, h => h.Uri.Scheme == "javascript");
    }

    [Fact]
    public void Links_are_real_hyperlinks()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var link = word.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>().First();
        Assert.Equal("here", link.InnerText);
        Assert.Equal("https://www.legislation.gov.uk/ukpga/2002/29/contents",
            word.MainDocumentPart.HyperlinkRelationships.Single(h => h.Id == link.Id).Uri.ToString());
    }
}
