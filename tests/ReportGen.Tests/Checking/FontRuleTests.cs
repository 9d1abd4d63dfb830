using System.Text;
using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>Fonts used for text: embedded, mapped to Unicode, with sane font descriptors.</summary>
public class FontRuleTests
{
    [Fact]
    public void A_font_whose_program_is_not_embedded_is_found()
    {
        var pdf = Create().Replace(Descriptor, $" /FontFile2 {FontFile} 0 R", "").Remove(FontFile);
        Checked.Finds(Checked.Of(pdf), CheckRules.FontNotEmbedded, objectNumber: Font, message: "ABCDEF+TestSans (/Type0)");
    }

    [Fact]
    public void A_font_only_used_for_invisible_text_need_not_be_embedded()
    {
        var pdf = Create().Replace(Descriptor, $" /FontFile2 {FontFile} 0 R", "").Remove(FontFile);
        pdf.SetStream(Content, "", PageContent.Replace("BT 0 0 0 rg", "BT 3 Tr 0 0 0 rg"));
        Checked.Clean(Checked.Of(pdf));
    }

    [Fact]
    public void A_composite_font_without_to_unicode_cannot_be_read_aloud()
    {
        var pdf = Create().Replace(Font, $" /ToUnicode {ToUnicode} 0 R", "").Remove(ToUnicode);
        Checked.Finds(Checked.Of(pdf), CheckRules.FontWithoutUnicode, objectNumber: Font);
    }

    [Fact]
    public void A_code_the_to_unicode_map_leaves_out_is_found_per_font()
    {
        var content = PageContent.Replace(MiniPdf.Hex("First item"), "<0100004600690072007300740100>");
        var finding = Checked.Finds(Checked.Of(WithContent(content)), CheckRules.GlyphWithoutUnicode, objectNumber: Font);
        Assert.Equal("1 character code(s) shown in ABCDEF+TestSans map to no Unicode: <0100>", finding.Message);
    }

    [Fact]
    public void A_code_mapped_to_u_0000_or_a_byte_order_mark_is_found()
    {
        var pdf = Create();
        var cmap = Encoding.ASCII.GetString(StreamText(pdf, ToUnicode)).Replace("<2014> <2014>", "<2014> <FEFF>");
        pdf.SetStream(ToUnicode, "", cmap);
        pdf.SetStream(Content, "", PageContent.Replace(MiniPdf.Hex("First item"), "<2014>"));
        Checked.Finds(Checked.Of(pdf), CheckRules.BadUnicodeValue, objectNumber: Font, message: "<2014>");
    }

    [Fact]
    public void A_descent_above_the_baseline_is_found_as_pdfsharp_writes_it()
    {
        var finding = Checked.Finds(Checked.Of(Create().Replace(Descriptor, "/Descent -200", "/Descent 212")), CheckRules.FontDescriptorMetrics, objectNumber: Descriptor);
        Assert.Equal("the font descriptor of ABCDEF+TestSans has /Descent 212: it is below the baseline, so it must be 0 or negative", finding.Message);
    }

    [Fact]
    public void A_font_descriptor_without_its_required_entries_is_found() =>
        Checked.Finds(Checked.Of(Create().Replace(Descriptor, "/FontBBox [-200 -200 1000 900] ", "").Replace(Descriptor, "/StemV 80 ", "")),
            CheckRules.FontDescriptorMetrics, objectNumber: Descriptor, message: "lacks the required /StemV, /FontBBox");

    [Fact]
    public void A_symbolic_font_may_leave_out_cap_height_which_only_latin_fonts_need()
    {
        var pdf = Create().Replace(Descriptor, "/CapHeight 700 ", "");
        Checked.Finds(Checked.Of(pdf), CheckRules.FontDescriptorMetrics, message: "lacks the required /CapHeight");
        Checked.Clean(Checked.Of(pdf.Replace(Descriptor, "/Flags 32", "/Flags 4")));
    }

    [Fact]
    public void A_simple_font_with_a_standard_encoding_maps_to_unicode_without_a_map()
    {
        var pdf = Create();
        pdf.Set(Font, $"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+TestSans /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /FontDescriptor {Descriptor} 0 R >>");
        pdf.SetStream(Content, "", AsSingleByte(PageContent));
        Checked.Clean(Checked.Of(pdf));
    }

    private static MiniPdf WithContent(string content)
    {
        var pdf = Create();
        pdf.SetStream(Content, "", content);
        return pdf;
    }

    private static byte[] StreamText(MiniPdf pdf, int number)
    {
        var data = pdf.StreamData(number);
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The page's text as one-byte codes: each UTF-16BE hex string becomes a Latin-1 one.</summary>
    private static string AsSingleByte(string content) =>
        System.Text.RegularExpressions.Regex.Replace(content, "<((?:00[0-9A-F]{2})+)>", m =>
            "<" + string.Concat(Enumerable.Range(0, m.Groups[1].Length / 4).Select(i => m.Groups[1].Value.Substring(i * 4 + 2, 2))) + ">");
}
