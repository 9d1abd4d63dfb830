using ReportGen.Diagnostics;
using ReportGen.Reading;
using ReportGen.Tests.Support;
using ReportGen.Writers.Pdf.Fonts;

namespace ReportGen.Tests.Writers.Pdf;

public class PdfFontTests
{
    private static ReportGen.Documents.Document Read(string markdown) =>
        DocumentReader.Read(markdown, Built.Reference.Document!.Metadata).Document;

    [Fact]
    public void The_system_has_a_font_of_the_theme_and_its_coverage_is_read_from_the_cmap()
    {
        var family = PdfOutput.Theme.Fonts.Families.Select(FontLocator.Find).First(f => f is not null)!;
        var coverage = GlyphCoverage.Read(File.ReadAllBytes(family.Regular));
        Assert.True(coverage.Has('A') && coverage.Has('£') && coverage.Has('–') && coverage.Has('’'));
        Assert.False(coverage.Has(0x1F600));
        Assert.True(coverage.Count > 200);
    }

    [Fact]
    public void Welsh_letters_render_in_a_theme_font()
    {
        var diagnostics = new DiagnosticBag();
        var pdf = PdfOutput.Render(Read("(@) Cwm ŵyn ŷd Llanfair — £1,000.\n"), diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Contains("ŵyn ŷd", string.Concat(PdfOutput.PageTexts(pdf)));
    }

    [Fact]
    public void A_character_in_no_font_is_a_clear_warning_not_a_silent_box()
    {
        var diagnostics = new DiagnosticBag();
        var pdf = PdfOutput.Render(Read("(@) A symbol: \u2F00 here.\n"), diagnostics);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "RG0602");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("U+2F00", warning.Message);
        // A missing glyph is drawn as .notdef, which PDF/A and PDF/UA forbid: the file then claims neither, and says so.
        var withheld = Assert.Single(diagnostics.Items, d => d.Code == "RG0608");
        Assert.Contains("none of the theme's fonts", withheld.Message);
        Assert.Equal(2, diagnostics.Items.Count);
        var xmp = PdfMetadataReader.Xmp(pdf);
        Assert.DoesNotContain("pdfaid", xmp);
        Assert.DoesNotContain("pdfuaid:part", xmp);
    }

    [Fact]
    public void No_installed_font_is_an_error_that_says_where_it_looked()
    {
        var diagnostics = new DiagnosticBag();
        var theme = PdfOutput.Theme with { Fonts = PdfOutput.Theme.Fonts with { Families = ["No Such Font", "Nor This One"] } };
        var bytes = PdfOutput.Render(Built.Reference.Document!, diagnostics, theme);
        Assert.Empty(bytes);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("RG0601", error.Code);
        Assert.Contains("No Such Font, Nor This One", error.Message);
        Assert.Contains(FontLocator.Folders[0], error.Message);
    }

    [Fact]
    public void A_fresh_machine_with_only_DejaVu_Sans_still_gets_a_complete_paper()
    {
        var diagnostics = new DiagnosticBag();
        var theme = PdfOutput.Theme with { Fonts = PdfOutput.Theme.Fonts with { Families = ["Arial Missing Here", "DejaVu Sans"] } };
        var pdf = PdfOutput.Render(Built.Reference.Document!, diagnostics, theme);
        Assert.Empty(diagnostics.Items);
        using var document = PdfOutput.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.All(fonts, f => Assert.Contains("DejaVu", f));
        var text = string.Concat(PdfOutput.PageTexts(pdf)); // read once, not once per amount
        Assert.All(ReferenceAmounts.OfReference(), amount => Assert.Contains(amount, text));
    }
}
