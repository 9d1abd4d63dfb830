using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>Annotations and destinations: tab order, tagged and described links, PDF/A flags, appearances and types,
/// and destinations that name a place on a page of the document.</summary>
public class AnnotationRuleTests
{
    [Fact]
    public void A_page_with_annotations_needs_tabs_in_structure_order()
    {
        Checked.Finds(Checked.Of(Create().Replace(Page, " /Tabs /S", "")), CheckRules.TabsMissing, page: 1, objectNumber: Page);
        Checked.Finds(Checked.Of(Create().Replace(Page, "/Tabs /S", "/Tabs /R")), CheckRules.TabsNotStructure, page: 1, message: "/Tabs /R, not /S");
        // LibreOffice 7.4 writes the string (S); ISO 32000-1 Table 30 makes /Tabs a name.
        Checked.Finds(Checked.Of(Create().Replace(Page, "/Tabs /S", "/Tabs (S)")), CheckRules.TabsNotStructure, page: 1, message: "the string (S)");
    }

    [Fact]
    public void A_link_annotation_must_be_the_object_of_a_link_element()
    {
        var pdf = Create().Replace(Link, $"[6 << /Type /OBJR /Obj {LinkAnnot} 0 R >>]", "6");
        Checked.Finds(Checked.Of(pdf), CheckRules.LinkNotTagged, page: 1, objectNumber: LinkAnnot, message: "no structure element refers to");
        var wrongElement = Create().Replace(Link, "/S /Link ", "/S /Span ");
        Checked.Finds(Checked.Of(wrongElement), CheckRules.LinkNotTagged, page: 1, objectNumber: LinkAnnot, message: "in a Span element, not Link");
    }

    [Fact]
    public void A_link_annotation_needs_contents_describing_it() =>
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, "/Contents (Go to the title) ", "")), CheckRules.LinkWithoutContents, page: 1, objectNumber: LinkAnnot);

    [Fact]
    public void Annotations_print_and_are_not_hidden_as_pdf_a_requires()
    {
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, "/F 4 ", "")), CheckRules.AnnotationFlags, page: 1, objectNumber: LinkAnnot, message: "no /F flags");
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, "/F 4 ", "/F 6 ")), CheckRules.AnnotationFlags, page: 1, message: "/F is 6");
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, "/F 4 ", "/F 0 ")), CheckRules.AnnotationFlags, page: 1, message: "/F is 0");
    }

    [Fact]
    public void Other_annotations_need_contents_and_an_appearance_and_a_permitted_type()
    {
        MiniPdf With(string annotation) => Create().Replace(Page, $"/Annots [{LinkAnnot} 0 R]", $"/Annots [{LinkAnnot} 0 R 30 0 R]").Set(30, annotation);
        const string appearance = "/AP << /N 31 0 R >>";
        var note = With($"<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /F 4 {appearance} >>");
        note.SetStream(31, "/Type /XObject /Subtype /Form /BBox [0 0 20 20]", "");
        Checked.Finds(Checked.Of(note), CheckRules.AnnotationWithoutContents, page: 1, objectNumber: 30);
        Checked.Finds(Checked.Of(With("<< /Type /Annot /Subtype /Square /Rect [10 10 30 30] /F 4 /Contents (A box) >>")),
            CheckRules.AnnotationWithoutAppearance, page: 1, objectNumber: 30);
        var sound = With($"<< /Type /Annot /Subtype /Sound /Rect [10 10 30 30] /F 4 /Contents (A sound) {appearance} >>");
        sound.SetStream(31, "/Type /XObject /Subtype /Form /BBox [0 0 20 20]", "");
        Checked.Finds(Checked.Of(sound), CheckRules.ForbiddenAnnotation, page: 1, objectNumber: 30, message: "a /Sound annotation");
    }

    [Fact]
    public void A_bookmark_to_xyz_null_null_null_goes_to_the_page_not_the_place_as_pdfsharp_writes_it()
    {
        var pdf = Create().Replace(Bookmark, "/XYZ 72 780 0", "/XYZ null null null");
        var finding = Checked.Finds(Checked.Of(pdf), CheckRules.DestinationWithoutPosition, page: 1, objectNumber: Bookmark);
        Assert.StartsWith("the bookmark \"Clean tagged test\" goes to /XYZ on page 1 with no top", finding.Message);
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, "/XYZ 72 780 0", "/XYZ 72 null 0")), CheckRules.DestinationWithoutPosition, page: 1, objectNumber: LinkAnnot);
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, "/XYZ 72 780 0", "/FitH null")), CheckRules.DestinationWithoutPosition, objectNumber: LinkAnnot);
    }

    [Fact]
    public void An_open_action_to_the_first_page_needs_no_position_but_must_name_a_page()
    {
        Checked.Clean(Checked.Of(Create().Replace(Catalog, "/Type /Catalog", $"/Type /Catalog /OpenAction [{Page} 0 R /XYZ null null 0]")));
        Checked.Finds(Checked.Of(Create().Replace(Catalog, "/Type /Catalog", $"/Type /Catalog /OpenAction [{Font} 0 R /Fit]")), CheckRules.BrokenDestination, message: "the open action goes to 5 0 R");
    }

    [Fact]
    public void Destinations_must_name_a_page_of_the_document_and_named_ones_must_exist()
    {
        Checked.Finds(Checked.Of(Create().Replace(Bookmark, $"[{Page} 0 R /XYZ 72 780 0]", $"[{Font} 0 R /XYZ 72 780 0]")), CheckRules.BrokenDestination, objectNumber: Bookmark);
        Checked.Finds(Checked.Of(Create().Replace(LinkAnnot, $"/Dest [{Page} 0 R /XYZ 72 780 0]", "/Dest (nowhere)")), CheckRules.BrokenDestination, page: 1, message: "'nowhere'");
        var named = Create().Replace(LinkAnnot, $"/Dest [{Page} 0 R /XYZ 72 780 0]", "/A << /S /GoTo /D (title) >>")
            .Replace(Catalog, "/Type /Catalog", $"/Type /Catalog /Names << /Dests << /Names [(title) [{Page} 0 R /XYZ 72 780 0]] >> >>");
        Checked.Clean(Checked.Of(named));
    }
}
