using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokens;
using Paragraph = ReportGen.Documents.Paragraph;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>What PDF/A-2a and PDF/UA-1 ask of the reference paper that can be read back: each test names its clause.</summary>
public class PdfConformanceTests
{
    [Fact]
    public void Marked_content_nests_with_text_objects_and_every_painting_operator_is_marked_ISO_32000_14_6()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        foreach (var page in pdf.GetPages())
        {
            var check = ContentStreamCheck.Of(page);
            Assert.True(check.Sequences > 10, $"page {page.Number}: only {check.Sequences} sequences");
            Assert.Equal((0, 0, 0), (check.Straddling, check.Unmarked, check.Nested));
        }
    }

    public static TheoryData<string> Papers => ["hostile labels", "a long table", "an amended draft with marks"];

    private static byte[] PaperNamed(string name) => name switch
    {
        "hostile labels" => PdfOutput.Render(Hostile.Build().Document!),
        "a long table" => PdfOutput.Render(ReportGen.Reading.DocumentReader.Read("## Long table\n\n| Project Area | Funding |\n|:--|--:|\n" +
            string.Concat(Enumerable.Range(1, 400).Select(i => $"| Project number {i} with a label long enough to wrap onto a second line of its cell, see [the site](https://example.org/{i}) | £{i * 1000:N0} |\n")),
            Built.Reference.Document!.Metadata).Document),
        _ => PdfOutput.Render(Built.Reference.Document! with { Metadata = Built.Reference.Document!.Metadata with
            { IsDraft = true, VersionNote = "Draft 0.2", PageMarks = ["NOT FOR PUBLICATION"] } }),
    };

    [ProgramTheory("qpdf")]
    [MemberData(nameof(Papers))]
    public void Other_papers_nest_their_marked_content_decode_every_stream_and_claim_conformance(string name)
    {
        var bytes = PaperNamed(name);
        using (var pdf = PdfOutput.Open(bytes))
            foreach (var page in pdf.GetPages())
                Assert.Equal((0, 0, 0), (ContentStreamCheck.Of(page).Straddling, ContentStreamCheck.Of(page).Unmarked, ContentStreamCheck.Of(page).Nested));
        using var folder = new TempDir();
        File.WriteAllBytes(folder.File("paper.pdf"), bytes);
        var qdf = Programs.Run("qpdf", "--qdf", "--object-streams=disable", folder.File("paper.pdf"), folder.File("qdf.pdf"));
        Assert.True(qdf.ExitCode == 0 && qdf.Stderr.Length == 0, qdf.Stderr);
        Assert.Equal("2", PdfMetadataReader.Property(PdfMetadataReader.Parse(bytes), PdfMetadataReader.PdfAId + "part"));
    }

    [Fact]
    public void The_nesting_check_catches_a_sequence_that_straddles_a_text_object()
    {
        // What PDFsharp's own tagging wrote: BDC inside a text object, then ET (for a rule) before EMC.
        using var document = new PdfSharp.Pdf.PdfDocument();
        using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
        {
            using var measurer = new ReportGen.Writers.Pdf.Drawing.PdfMeasurer();
            var font = measurer.Font(new ReportGen.Writers.Pdf.Layout.FontSpec("DejaVu Sans", ReportGen.Writers.Pdf.Layout.FontStyle.Regular, 10));
            graphics.DrawString("a", font, XBrushes.Black, 10, 10);
            graphics.Internals.ContentStringBuilder!.Append("/P <</MCID 0>> BDC\n");
            graphics.DrawString("b", font, XBrushes.Black, 20, 10);
            graphics.DrawLine(XPens.Black, 0, 0, 10, 10);
            graphics.Internals.ContentStringBuilder!.Append("EMC\n");
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        using var pdf = PdfOutput.Open(stream.ToArray());
        var check = ContentStreamCheck.Of(pdf.GetPage(1));
        Assert.Equal(1, check.Straddling);
        Assert.True(check.Unmarked >= 1);
    }

    [Fact]
    public void Tagged_text_keeps_every_word_break_including_at_line_ends_ISO_32000_14_8_2_5()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var tagged = Collapse(string.Concat(pdf.GetPages().SelectMany(p => p.GetMarkedContents())
            .Where(m => !m.IsArtifact && m.MarkedContentIdentifier >= 0).SelectMany(m => m.Letters).Select(l => l.Value)));
        Assert.Contains("budget for 2022/23.", tagged);
        Assert.DoesNotContain("budgetfor", tagged);
        foreach (var text in Paragraphs(Built.Reference.Document!.Blocks).Select(Collapse))
            Assert.Contains(text, tagged);
    }

    [Fact]
    public void The_parent_tree_maps_every_marked_content_id_back_to_the_element_that_holds_it_ISO_32000_14_7_4_4()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var root = StructureNode.Resolve<DictionaryToken>(pdf, StructureNode.Catalog(pdf).Data["StructTreeRoot"]);
        var parentTree = StructureNode.Resolve<DictionaryToken>(pdf, root.Data["ParentTree"]);
        var nums = StructureNode.Resolve<ArrayToken>(pdf, parentTree.Data["Nums"]).Data;
        var entries = Enumerable.Range(0, nums.Count / 2).ToDictionary(i => ((NumericToken)nums[2 * i]).Int, i => nums[2 * i + 1]);
        foreach (var page in pdf.GetPages())
        {
            var byMcid = StructureNode.Resolve<ArrayToken>(pdf, entries[((NumericToken)page.Dictionary.Data["StructParents"]).Int]).Data;
            Assert.Equal("S", ((NameToken)page.Dictionary.Data["Tabs"]).Data);
            foreach (var mcid in page.GetMarkedContents().Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier))
            {
                var element = StructureNode.Resolve<DictionaryToken>(pdf, byMcid[mcid]);
                var kids = StructureNode.Resolve<IToken>(pdf, element.Data["K"]) is ArrayToken array ? array.Data : [element.Data["K"]];
                Assert.Contains(kids.Select(k => StructureNode.Resolve<IToken>(pdf, k)), kid => kid switch
                {
                    NumericToken n => n.Int == mcid,
                    DictionaryToken { Data: var d } when d.ContainsKey("MCID") => ((NumericToken)d["MCID"]).Int == mcid,
                    _ => false,
                });
            }
        }
    }

    [Fact]
    public void Links_are_printable_described_tagged_annotations_and_go_to_the_place_ISO_19005_2_6_3_2_ISO_14289_7_18_5()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var annotations = pdf.GetPages().SelectMany(p => p.GetAnnotations().Select(a => (Page: p, Annotation: a))).ToList();
        Assert.Equal(3, annotations.Count);
        foreach (var (_, annotation) in annotations)
        {
            var data = annotation.AnnotationDictionary.Data;
            Assert.Equal(4, ((NumericToken)data["F"]).Int);
            Assert.StartsWith("Link to ", ((StringToken)data["Contents"]).Data);
            Assert.True(data.ContainsKey("StructParent"));
        }
        var internalLink = annotations.Single(a => a.Annotation.AnnotationDictionary.Data.ContainsKey("Dest")).Annotation.AnnotationDictionary;
        Assert.Equal("Link to paragraph 4", ((StringToken)internalLink.Data["Contents"]).Data);
        var destination = StructureNode.Resolve<ArrayToken>(pdf, internalLink.Data["Dest"]).Data;
        Assert.Equal("XYZ", ((NameToken)destination[1]).Data);
        var top = ((NumericToken)destination[3]).Double;
        var number = pdf.GetPage(1).GetWords().Single(w => w.Text == "4.");
        Assert.InRange(top - number.BoundingBox.Top, 0, 8);
    }

    [Fact]
    public void Bookmarks_go_to_their_headings_places_not_just_their_pages()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var all = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        Assert.True(all.Count >= 12);
        foreach (var bookmark in all)
        {
            Assert.Equal(ExplicitDestinationType.XyzCoordinates, bookmark.Destination.Type);
            var top = bookmark.Destination.Coordinates.Top!.Value;
            var firstWord = bookmark.Title.Split(' ')[0];
            var heading = pdf.GetPage(bookmark.PageNumber).GetWords().Where(w => w.Text == firstWord).MinBy(w => Math.Abs(top - w.BoundingBox.Top))!;
            Assert.InRange(top - heading.BoundingBox.Top, 0, 10);
        }
    }

    [Fact]
    public void Every_font_is_embedded_with_a_negative_descent_and_no_page_has_a_transparency_group()
    {
        var raw = System.Text.Encoding.Latin1.GetString(PdfOutput.Reference);
        Assert.Equal(4, Regex.Matches(raw, @"/Descent -\d+").Count);
        Assert.DoesNotMatch(@"/Descent \d", raw);
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        Assert.All(pdf.GetPages(), page => Assert.False(page.Dictionary.Data.ContainsKey("Group")));
    }

    [Fact]
    public void An_sRGB_output_intent_makes_the_device_colours_device_independent_ISO_19005_2_6_2_4_3()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var intents = StructureNode.Resolve<ArrayToken>(pdf, StructureNode.Catalog(pdf).Data["OutputIntents"]).Data;
        var intent = StructureNode.Resolve<DictionaryToken>(pdf, Assert.Single(intents));
        Assert.Equal("GTS_PDFA1", ((NameToken)intent.Data["S"]).Data);
        var profile = StructureNode.Resolve<StreamToken>(pdf, intent.Data["DestOutputProfile"]);
        Assert.Equal(3, ((NumericToken)profile.StreamDictionary.Data["N"]).Int);
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(profile.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        zlib.CopyTo(decoded);
        var icc = decoded.ToArray();
        Assert.Equal("mntr", System.Text.Encoding.ASCII.GetString(icc, 12, 4));
        Assert.Equal("RGB ", System.Text.Encoding.ASCII.GetString(icc, 16, 4));
    }

    [Fact]
    public void The_xmp_claims_pdf_a_2a_and_pdf_ua_1_and_agrees_with_the_info_dictionary_ISO_19005_2_6_6()
    {
        var xmp = PdfMetadataReader.Parse(PdfOutput.Reference);
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var info = pdf.Information;
        Assert.Equal("2", PdfMetadataReader.Property(xmp, PdfMetadataReader.PdfAId + "part"));
        Assert.Equal("A", PdfMetadataReader.Property(xmp, PdfMetadataReader.PdfAId + "conformance"));
        Assert.Equal("1", PdfMetadataReader.Property(xmp, PdfMetadataReader.PdfUAId + "part"));
        Assert.Equal(info.Title, PdfMetadataReader.Property(xmp, PdfMetadataReader.Dc + "title"));
        Assert.Equal(info.Author, PdfMetadataReader.Property(xmp, PdfMetadataReader.Dc + "creator"));
        Assert.Equal(info.Subject, PdfMetadataReader.Property(xmp, PdfMetadataReader.Dc + "description"));
        Assert.Equal(info.Keywords, PdfMetadataReader.Property(xmp, PdfMetadataReader.Pdf + "Keywords"));
        Assert.Equal(info.Producer, PdfMetadataReader.Property(xmp, PdfMetadataReader.Pdf + "Producer"));
        Assert.Equal(info.Creator, PdfMetadataReader.Property(xmp, PdfMetadataReader.XmpBasic + "CreatorTool"));
        Assert.Equal("2022-03-22T00:00:00+00:00", PdfMetadataReader.Property(xmp, PdfMetadataReader.XmpBasic + "CreateDate"));
        Assert.StartsWith("D:20220322000000", info.CreationDate);
        Assert.Equal("en-GB", PdfMetadataReader.Property(xmp, PdfMetadataReader.Dc + "language"));
        Assert.Matches("^uuid:[0-9a-f-]{36}$", PdfMetadataReader.Property(xmp, PdfMetadataReader.XmpMM + "DocumentID"));
    }

    [Fact]
    public void Every_property_outside_the_predefined_schemas_is_described_by_an_extension_schema_ISO_19005_2_6_6_2_3()
    {
        var xmp = PdfMetadataReader.Parse(PdfOutput.Reference);
        string[] predefined = ["http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/pdf/1.3/", "http://ns.adobe.com/xap/1.0/",
            "http://ns.adobe.com/xap/1.0/mm/", "http://www.aiim.org/pdfa/ns/id/", "http://www.aiim.org/pdfa/ns/extension/"];
        var declared = xmp.Descendants(System.Xml.Linq.XName.Get("namespaceURI", "http://www.aiim.org/pdfa/ns/schema#")).Select(e => e.Value).ToHashSet();
        var used = xmp.Descendants(PdfMetadataReader.Rdf + "Description").SelectMany(d => d.Elements()).Select(e => e.Name.NamespaceName).Distinct();
        Assert.All(used, ns => Assert.True(predefined.Contains(ns) || declared.Contains(ns), $"{ns} is neither predefined nor described"));
        Assert.Contains("http://www.aiim.org/pdfua/ns/id/", declared);
    }

    [Fact]
    public void Metadata_with_markup_and_controls_stays_well_formed_and_info_and_xmp_still_agree()
    {
        var hostile = "Budget & <Plan> \"2022\" \u0001 ‘quoted’ 😀";
        var document = Built.Reference.Document! with { Metadata = Built.Reference.Document!.Metadata with { Title = hostile, Author = "A & B" } };
        var pdf = PdfOutput.Render(document);
        var xmp = PdfMetadataReader.Parse(pdf);
        using var read = PdfOutput.Open(pdf);
        Assert.Equal(read.Information.Title, PdfMetadataReader.Property(xmp, PdfMetadataReader.Dc + "title"));
        Assert.Equal("Budget & <Plan> \"2022\" \uFFFD ‘quoted’ 😀", read.Information.Title);
        Assert.Equal("A & B", PdfMetadataReader.Property(xmp, PdfMetadataReader.Dc + "creator"));
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static IEnumerable<string> Paragraphs(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        Paragraph p => [Inlines.PlainText(p.Content)],
        NumberedParagraph n => Paragraphs(n.Children).Prepend(Inlines.PlainText(n.Content)),
        BulletList l => l.Items.SelectMany(i => Paragraphs(i.Blocks)),
        _ => [],
    });
}
