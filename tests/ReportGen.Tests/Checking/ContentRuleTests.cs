using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>Content streams: marked content against text objects and the structure tree, word spaces, colour, transparency.</summary>
public class ContentRuleTests
{
    private static MiniPdf WithContent(string content)
    {
        var pdf = Create();
        pdf.SetStream(Content, "", content);
        return pdf;
    }

    private static string Hex(string text) => MiniPdf.Hex(text);

    [Fact]
    public void Marked_content_that_straddles_a_text_object_is_found_as_pdfsharp_writes_it()
    {
        // PDFsharp's pattern: the artifact begins inside the text object and ends after ET; the paragraph begins in one
        // text object and ends in the next.
        var content = PageContent
            .Replace("/Artifact BMC\n0 0 0 RG 0.5 w 72 40 m 523 40 l S\nEMC\n", "BT /Artifact BMC ET\n0 0 0 RG 0.5 w 72 40 m 523 40 l S\nEMC\n")
            .Replace($"/P <</MCID 1>> BDC\nBT 0 0 0 rg /F1 11 Tf 72 730 Td {Hex("The budget ")} Tj 0 -14 Td",
                     $"BT /P <</MCID 1>> BDC ET\nBT 0 0 0 rg /F1 11 Tf 72 730 Td {Hex("The budget ")} Tj 0 -14 Td")
            .Replace($"{Hex("for the year.")} Tj ET\nEMC\n", $"{Hex("for the year.")} Tj EMC ET\n");
        var report = Checked.Of(WithContent(content));
        Assert.Equal(2, report.Findings.Count(f => f.Rule == CheckRules.MarkedContentStraddlesText));
        var artifact = Checked.Finds(report, CheckRules.MarkedContentStraddlesText, page: 1, objectNumber: Content, message: "/Artifact begins inside a text object and ends outside it");
        Assert.Equal(3, artifact.Location.Offset);
        Checked.Finds(report, CheckRules.MarkedContentStraddlesText, message: "/P (MCID 1) begins inside a text object and ends inside another text object");
    }

    [Fact]
    public void An_emc_with_nothing_open_and_a_sequence_never_closed_are_unbalanced()
    {
        Checked.Finds(Checked.Of(WithContent(PageContent + "EMC\n")), CheckRules.MarkedContentUnbalanced, page: 1, message: "EMC with no marked-content sequence open");
        Checked.Finds(Checked.Of(WithContent(PageContent + "/Span BMC\n")), CheckRules.MarkedContentUnbalanced, message: "1 marked-content sequence(s) still open at the end of the content stream (first: /Span)");
    }

    [Fact]
    public void A_contents_array_is_one_stream_for_marked_content()
    {
        // A sequence may begin in one stream of the array and end in the next (ISO 32000-1 §14.6 note 4).
        var pdf = Create();
        var split = PageContent.IndexOf("/P <</MCID 1>>", StringComparison.Ordinal) + "/P <</MCID 1>> BDC\n".Length;
        pdf.SetStream(Content, "", PageContent[..split]);
        pdf.SetStream(30, "", PageContent[split..]);
        pdf.Replace(Page, $"/Contents {Content} 0 R", $"/Contents [{Content} 0 R 30 0 R]");
        Checked.Clean(Checked.Of(pdf));
    }

    [Fact]
    public void Painting_outside_tagged_content_and_artifacts_is_found_once_per_run()
    {
        var finding = Checked.Finds(Checked.Of(WithContent(PageContent + "0 0 1 rg 10 10 50 50 re f 20 20 m 40 40 l S\n")), CheckRules.UntaggedContent, page: 1, objectNumber: Content);
        Assert.Equal("2 painting operator(s) (f, S) outside tagged content or an artifact", finding.Message);
        Assert.Equal(PageContent.Length + "0 0 1 rg 10 10 50 50 re ".Length, finding.Location.Offset); // at the first painting operator, f
    }

    [Fact]
    public void Content_whose_mcid_no_structure_element_refers_to_is_not_tagged()
    {
        var content = PageContent + Tagged("P", 7, $"/F1 11 Tf 72 600 Td {Hex("Orphan")} Tj");
        Checked.Finds(Checked.Of(WithContent(content)), CheckRules.UntaggedContent, page: 1, message: "in marked content with MCID 7, which no structure element refers to");
    }

    [Fact]
    public void An_artifact_inside_tagged_content_and_tagged_content_inside_an_artifact_are_found()
    {
        var artifactInside = PageContent.Replace($"{Hex("100")} Tj ET\nEMC\n", $"{Hex("100")} Tj ET\n/Artifact BMC 0 0 1 1 re f EMC\nEMC\n");
        Checked.Finds(Checked.Of(WithContent(artifactInside)), CheckRules.ArtifactInTaggedContent, page: 1, message: "(MCID 3)");
        var taggedInside = "/Artifact BMC\n" + Tagged("P", 1, $"/F1 11 Tf 72 730 Td {Hex("x")} Tj") + "EMC\n" + PageContent.Replace("/P <</MCID 1>>", "/P <</MCID 8>>");
        Checked.Finds(Checked.Of(WithContent(taggedInside)), CheckRules.TaggedContentInArtifact, page: 1, message: "MCID 1 begins inside an Artifact", alone: false);
    }

    [Fact]
    public void Words_run_together_where_a_line_breaks_without_a_space()
    {
        var content = PageContent.Replace(Hex("The budget "), Hex("The budget"));
        var finding = Checked.Finds(Checked.Of(WithContent(content)), CheckRules.MissingWordSpace, page: 1, objectNumber: P);
        Assert.Equal("no space where a line breaks in P: \"The budget|for the year.\" reads as one word", finding.Message);
    }

    [Theory]
    [InlineData("The bud-", "a hyphen joins a word broken across lines")]
    [InlineData("The budget\u2013", "a dash ends the line")]
    public void A_line_ending_in_a_hyphen_or_dash_needs_no_space(string firstLine, string why)
    {
        var content = PageContent.Replace(Hex("The budget "), Hex(firstLine));
        Assert.True(Checked.Of(WithContent(content)).Findings.Count == 0, why);
    }

    [Fact]
    public void Actual_text_replaces_the_words_so_no_space_is_needed()
    {
        var content = PageContent.Replace(Hex("The budget "), Hex("The budget")).Replace("/P <</MCID 1>>", "/P <</MCID 1 /ActualText (The budget for the year.)>>");
        Checked.Clean(Checked.Of(WithContent(content)));
    }

    [Fact]
    public void A_superscript_on_the_same_line_is_not_a_line_break()
    {
        var content = PageContent.Replace($"Tj 0 -14 Td {Hex("for the year.")} Tj", $"Tj 0 4 Td {Hex("2")} Tj 0 -4 Td {Hex(" for the year.")} Tj");
        Checked.Clean(Checked.Of(WithContent(content)));
    }

    [Fact]
    public void A_paragraph_continued_on_the_next_page_needs_its_space_too()
    {
        var pdf = Create();
        pdf.SetStream(Content, "", PageContent.Replace($" 0 -14 Td {Hex("for the year.")} Tj", ""));
        pdf.Replace(Page, $"/Annots [{LinkAnnot} 0 R]", "");
        pdf.Set(31, $"<< /Type /Page /Parent {Pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {Font} 0 R >> >> /Contents 32 0 R /StructParents 2 >>");
        pdf.SetStream(32, "", Tagged("P", 0, $"/F1 11 Tf 72 760 Td {Hex("for the year.")} Tj"));
        pdf.Replace(Pages, $"/Kids [{Page} 0 R] /Count 1", $"/Kids [{Page} 0 R 31 0 R] /Count 2");
        pdf.Replace(P, "/K 1", "/K [1 << /Type /MCR /Pg 31 0 R /MCID 0 >>]");
        pdf.Replace(Link, $"[6 << /Type /OBJR /Obj {LinkAnnot} 0 R >>]", "6");
        pdf.Remove(LinkAnnot);
        Checked.Clean(Checked.Of(pdf));
        pdf.ReplaceInStream(Content, Hex("The budget "), Hex("The budget"));
        Checked.Finds(Checked.Of(pdf), CheckRules.MissingWordSpace, page: 2, objectNumber: P);
    }

    [Fact]
    public void Device_colour_needs_a_pdf_a_output_intent()
    {
        var pdf = Create();
        pdf.Replace(Catalog, $"/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /DestOutputProfile {Profile} 0 R >>]", "");
        var report = Checked.Of(pdf);
        var rgb = Checked.Finds(report, CheckRules.DeviceColourWithoutIntent, page: 1, objectNumber: Content, message: "DeviceRGB is used (first by RG) but the file has no PDF/A OutputIntent");
        Assert.Single(report.Findings);
        Assert.Equal(PageContent.IndexOf("0 0 0 RG", StringComparison.Ordinal), rgb.Location.Offset);
        // DeviceGray is satisfied by any PDF/A OutputIntent, the RGB one here included.
        Checked.Clean(Checked.Of(WithContent(PageContent.Replace(" 0 0 0 rg", " 0 g"))));
    }

    [Fact]
    public void Device_cmyk_needs_a_cmyk_output_intent_not_an_rgb_one()
    {
        var content = PageContent.Replace("0 0 0 RG 0.5 w", "0 0 0 1 K 0.5 w");
        var finding = Checked.Finds(Checked.Of(WithContent(content)), CheckRules.DeviceColourWithoutIntent, page: 1, message: "DeviceCMYK is used (first by K)");
        Assert.Contains("profile is RGB, not CMYK", finding.Message);
    }

    [Fact]
    public void Device_colour_hidden_in_an_indexed_colour_space_or_an_image_counts()
    {
        var pdf = Create().Replace(Catalog, $"/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /DestOutputProfile {Profile} 0 R >>]", "");
        pdf.Replace(Page, "/Resources << /Font", "/Resources << /ColorSpace << /CS0 [/Indexed /DeviceCMYK 1 <0000000000000000>] >> /Font");
        pdf.SetStream(Content, "", PageContent.Replace(" 0 0 0 rg", " /CS0 cs 0 sc").Replace("0 0 0 RG 0.5 w", "0.5 w"));
        Checked.Finds(Checked.Of(pdf), CheckRules.DeviceColourWithoutIntent, page: 1, message: "DeviceCMYK is used (first by cs (Indexed))");
    }

    [Fact]
    public void The_output_intent_profile_must_be_an_output_or_monitor_profile()
    {
        var pdf = Create();
        pdf.SetStream(Profile, "/N 3", IccHeader("scnr", "RGB "));
        Checked.Finds(Checked.Of(pdf), CheckRules.OutputIntentProfile, objectNumber: Profile, message: "class 'scnr'", alone: false);
    }

    [Fact]
    public void A_transparency_group_on_a_page_that_draws_nothing_transparent_is_a_warning()
    {
        var pdf = Create().Replace(Page, "/Type /Page ", "/Type /Page /Group << /S /Transparency /CS /DeviceRGB >> ");
        var report = Checked.Of(pdf);
        Checked.Finds(report, CheckRules.NeedlessTransparencyGroup, page: 1, objectNumber: Page);
        Assert.True(report.Passed, "a warning does not fail the check");

        pdf.Replace(Page, "/Resources << /Font", "/Resources << /ExtGState << /GS1 << /ca 0.5 >> >> /Font");
        pdf.SetStream(Content, "", PageContent.Replace("0.5 w", "/GS1 gs 0.5 w"));
        Checked.Clean(Checked.Of(pdf));
    }
}
