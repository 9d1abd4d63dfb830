using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>The catalog and the metadata: tagged, titled, in a language, identified as PDF/UA-1 and PDF/A-2.</summary>
public class DocumentRuleTests
{
    private static CheckReport Without(int number, string text) => Checked.Of(Create().Replace(number, text, ""));

    [Fact]
    public void A_catalog_without_marked_true_is_not_declared_tagged() =>
        Checked.Finds(Without(Catalog, "/MarkInfo << /Marked true >> "), CheckRules.NotMarked, objectNumber: Catalog);

    [Fact]
    public void Suspects_true_marks_the_tagging_unreliable() =>
        Checked.Finds(Checked.Of(Create().Replace(Catalog, "/Marked true", "/Marked true /Suspects true")), CheckRules.Suspects, objectNumber: Catalog);

    [Fact]
    public void Without_a_structure_tree_the_file_is_not_tagged_and_its_content_untagged()
    {
        var report = Without(Catalog, $"/StructTreeRoot {StructRoot} 0 R ");
        Checked.Finds(report, CheckRules.NoStructureTree, objectNumber: Catalog, alone: false);
        Checked.Finds(report, CheckRules.UntaggedContent, page: 1, alone: false);
    }

    [Fact]
    public void Display_doc_title_missing_or_false_shows_the_file_name()
    {
        Checked.Finds(Without(Catalog, "/DisplayDocTitle true "), CheckRules.DisplayDocTitleMissing, objectNumber: Catalog);
        Checked.Finds(Checked.Of(Create().Replace(Catalog, "/DisplayDocTitle true", "/DisplayDocTitle false")), CheckRules.DisplayDocTitleFalse);
    }

    [Fact]
    public void The_catalog_needs_a_language_tag()
    {
        Checked.Finds(Without(Catalog, "/Lang (en-GB) "), CheckRules.NoLanguage, objectNumber: Catalog);
        Checked.Finds(Checked.Of(Create().Replace(Catalog, "/Lang (en-GB)", "/Lang ()")), CheckRules.NoLanguage);
        Checked.Finds(Checked.Of(Create().Replace(Catalog, "/Lang (en-GB)", "/Lang (English, UK)")), CheckRules.BadLanguage, message: "'English, UK'");
    }

    [Fact]
    public void Metadata_must_be_an_xml_metadata_stream()
    {
        Checked.Finds(Without(Catalog, $"/Metadata {Metadata} 0 R "), CheckRules.NoMetadata);
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /Text", Xmp(Title));
        Checked.Finds(Checked.Of(pdf), CheckRules.NoMetadata, objectNumber: Metadata);
    }

    [Fact]
    public void Metadata_that_is_not_well_formed_xml_is_found()
    {
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp("Budget & Plan"));
        Checked.Finds(Checked.Of(pdf), CheckRules.MetadataNotXml, objectNumber: Metadata);
    }

    [Fact]
    public void Metadata_without_a_dc_title_is_found()
    {
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Clean tagged test</rdf:li></rdf:Alt></dc:title>", ""));
        Checked.Finds(Checked.Of(pdf), CheckRules.NoDcTitle, objectNumber: Metadata);
    }

    [Fact]
    public void The_info_title_and_the_xmp_title_must_agree()
    {
        var finding = Checked.Finds(Checked.Of(Create().Replace(Info, $"/Title ({Title})", "/Title (Draft title)")), CheckRules.TitleMismatch, objectNumber: Info);
        Assert.Contains("\"Draft title\" differs from the XMP dc:title \"Clean tagged test\"", finding.Message);
    }

    [Fact]
    public void Without_pdfuaid_the_file_does_not_claim_pdf_ua()
    {
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace("<pdfuaid:part>1</pdfuaid:part>", ""));
        Checked.Finds(Checked.Of(pdf), CheckRules.NoPdfUaIdentifier, objectNumber: Metadata, message: "no pdfuaid:part");
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace("<pdfuaid:part>1</pdfuaid:part>", "<pdfuaid:part>2</pdfuaid:part>"));
        Checked.Finds(Checked.Of(pdf), CheckRules.NoPdfUaIdentifier, message: "'2', not 1");
    }

    [Fact]
    public void Identifiers_written_as_attributes_count_as_well()
    {
        var pdf = Create();
        var attributes = "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" " +
                         "pdfaid:part=\"2\" pdfaid:conformance=\"U\" pdfuaid:part=\"1\"/>\n";
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title, attributes + ExtensionSchema));
        Checked.Clean(Checked.Of(pdf));
    }

    [Fact]
    public void Without_pdfaid_part_2_and_a_conformance_level_the_file_does_not_claim_pdf_a_2()
    {
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>", ""));
        Checked.Finds(Checked.Of(pdf), CheckRules.NoPdfAIdentifier, objectNumber: Metadata, message: "no pdfaid:part");
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace("<pdfaid:conformance>A</pdfaid:conformance>", "<pdfaid:conformance>X</pdfaid:conformance>"));
        Checked.Finds(Checked.Of(pdf), CheckRules.NoPdfAIdentifier, message: "conformance 'X'");
    }

    [Fact]
    public void An_extension_schema_written_with_nested_descriptions_declares_its_properties_too()
    {
        var nested = ExtensionSchema.Replace("<rdf:li rdf:parseType=\"Resource\">\n<pdfaSchema:schema>", "<rdf:li><rdf:Description>\n<pdfaSchema:schema>")
            .Replace("</rdf:li></rdf:Bag>", "</rdf:Description></rdf:li></rdf:Bag>");
        Assert.NotEqual(ExtensionSchema, nested);
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace(ExtensionSchema, nested));
        Checked.Clean(Checked.Of(pdf));
    }

    [Fact]
    public void Pdfuaid_without_its_extension_schema_breaks_pdf_a_2_as_libreoffice_7_4_writes_it()
    {
        var pdf = Create();
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Xmp(Title).Replace(ExtensionSchema, ""));
        Checked.Finds(Checked.Of(pdf), CheckRules.UndeclaredXmpProperty, objectNumber: Metadata, message: "part (http://www.aiim.org/pdfua/ns/id/)");
    }
}
