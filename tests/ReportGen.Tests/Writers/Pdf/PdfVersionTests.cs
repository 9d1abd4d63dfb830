using System.Collections.Immutable;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using ReportGen.Writers.Pdf.Layout;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>Version, status and page marks on every page and in the metadata (issue 11), from documents built here.</summary>
public class PdfVersionTests
{
    private static readonly PageGeometry Geometry = PageGeometry.From(PdfOutput.Theme);
    private static readonly DocumentMetadata Reference = Built.Reference.Document!.Metadata;

    private static Document Amended(DocumentMetadata metadata) => Built.Reference.Document! with { Metadata = metadata };

    private static readonly DocumentMetadata Version11 = Reference with
    {
        Version = "1.1",
        Modified = new DateOnly(2022, 3, 30),
        VersionNote = "Version 1.1, amended 30 March 2022",
        PageMarks = ["NOT FOR PUBLICATION"],
    };

    private static string Footer(Page page) => string.Join(" ", page.GetWords().Where(w => page.Height - w.BoundingBox.Top > Geometry.Bottom).Select(w => w.Text));

    private static string TopMargin(Page page) => string.Join(" ", page.GetWords().Where(w => page.Height - w.BoundingBox.Bottom < Geometry.Top).Select(w => w.Text));

    [Fact]
    public void An_amended_version_carries_its_version_note_in_the_footer_and_its_marks_at_the_top_of_every_page()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Render(Amended(Version11)));
        Assert.True(pdf.NumberOfPages >= 7);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal($"External Commissioning Budget 2022/23 Page {page.Number} of {pdf.NumberOfPages} Version 1.1, amended 30 March 2022", Footer(page));
            Assert.Equal("NOT FOR PUBLICATION", TopMargin(page));
            // Furniture, not content: a screen reader reads the version from the metadata, not on every page.
            var artifacts = string.Concat(page.GetMarkedContents().Where(m => m.IsArtifact).SelectMany(m => m.Letters).Select(l => l.Value));
            Assert.Contains("NOT FOR PUBLICATION", artifacts);
            Assert.Contains("Version 1.1, amended 30 March 2022", artifacts);
        }
    }

    [Fact]
    public void A_draft_shows_DRAFT_before_its_own_marks_and_its_note_on_every_page()
    {
        var draft = Version11 with { IsDraft = true, Version = "0.3", VersionNote = "Draft 0.3", PageMarks = ["NOT FOR PUBLICATION", "RESTRICTED"] };
        using var pdf = PdfOutput.Open(PdfOutput.Render(Amended(draft)));
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal("DRAFT · NOT FOR PUBLICATION · RESTRICTED", TopMargin(page));
            Assert.EndsWith("Draft 0.3", Footer(page));
        });
    }

    [Fact]
    public void A_first_final_version_has_no_version_line_and_no_marks()
    {
        var plain = Built.Reference.Document! with { Metadata = Built.Reference.Document!.Metadata with { VersionNote = null } };
        using var pdf = PdfOutput.Open(PdfOutput.Render(plain));
        Assert.All(pdf.GetPages(), page =>
        {
            Assert.Equal($"External Commissioning Budget 2022/23 Page {page.Number} of {pdf.NumberOfPages}", Footer(page));
            Assert.Equal("", TopMargin(page));
        });
    }

    [Fact]
    public void Info_and_xmp_carry_version_status_and_the_amendment_date_as_the_modification_date()
    {
        var bytes = PdfOutput.Render(Amended(Version11 with { IsDraft = true }));
        using var pdf = PdfOutput.Open(bytes);
        Assert.StartsWith("D:20220322000000", pdf.Information.CreationDate);
        Assert.StartsWith("D:20220330000000", pdf.Information.ModifiedDate);
        var info = pdf.Information.DocumentInformationDictionary!.Data;
        Assert.Equal(("1.1", "Draft"), (((UglyToad.PdfPig.Tokens.StringToken)info["Version"]).Data, ((UglyToad.PdfPig.Tokens.StringToken)info["Status"]).Data));
        var xmp = PdfMetadataReader.Parse(bytes);
        Assert.Equal("2022-03-22T00:00:00+00:00", PdfMetadataReader.Property(xmp, PdfMetadataReader.XmpBasic + "CreateDate"));
        Assert.Equal("2022-03-30T00:00:00+00:00", PdfMetadataReader.Property(xmp, PdfMetadataReader.XmpBasic + "ModifyDate"));
        Assert.Equal("1.1", PdfMetadataReader.Property(xmp, PdfMetadataReader.XmpMM + "VersionID"));
        Assert.Equal("Draft", PdfMetadataReader.Property(xmp, System.Xml.Linq.XName.Get("Status", ReportGen.Writers.Pdf.Drawing.XmpPacket.PaperNamespace)));
    }

    [Fact]
    public void Versions_of_one_paper_differ_in_bytes_and_ids_but_each_is_reproducible()
    {
        var first = PdfOutput.Render(Amended(Reference));
        var second = PdfOutput.Render(Amended(Version11));
        Assert.NotEqual(first, second);
        Assert.Equal(second, PdfOutput.Render(Amended(Version11)));
        Assert.NotEqual(PdfMetadataReader.Property(PdfMetadataReader.Parse(first), PdfMetadataReader.XmpMM + "InstanceID"),
            PdfMetadataReader.Property(PdfMetadataReader.Parse(second), PdfMetadataReader.XmpMM + "InstanceID"));
    }

    [Fact]
    public void Many_long_page_marks_are_wrapped_and_set_smaller_to_stay_in_the_top_margin_with_a_warning()
    {
        var marks = Enumerable.Range(1, 12).Select(i => $"RESTRICTED HANDLING CAVEAT NUMBER {i}").ToImmutableArray();
        var diagnostics = new ReportGen.Diagnostics.DiagnosticBag();
        using var pdf = PdfOutput.Open(PdfOutput.Render(Amended(Reference with { PageMarks = marks }), diagnostics));
        var page = pdf.GetPage(1);
        var markWords = page.GetWords().Where(w => w.Text is "CAVEAT").ToList();
        Assert.Equal(12, markWords.Count);
        Assert.All(markWords, w => Assert.True(page.Height - w.BoundingBox.Bottom < Geometry.Top, "a mark runs into the text area"));
        Assert.Contains(diagnostics.Items, d => d.Code == "RG0607" && d.Message.Contains("page marks", StringComparison.Ordinal));
    }
}
