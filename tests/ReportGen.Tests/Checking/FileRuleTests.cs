using System.Text;
using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>The file's syntax: not a PDF, header, encryption, cross-reference data, objects, streams.</summary>
public class FileRuleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Hello, this is a text file.\n")]
    [InlineData("{\"$schema\": \"../budget.schema.json\"}")]
    public void A_file_that_is_not_a_pdf_is_one_finding(string text)
    {
        var finding = Checked.Finds(Checked.Of(Encoding.UTF8.GetBytes(text)), CheckRules.NotPdf);
        Assert.Equal("test.pdf: error RG0802: this is not a PDF: there is no '%PDF-' header in its first 1,024 bytes", finding.ToString());
    }

    [Fact]
    public void A_header_with_nothing_after_it_has_no_catalog() =>
        Checked.Finds(Checked.Of(Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\nno objects here\n")), CheckRules.NoCatalog);

    [Fact]
    public void Over_ten_megabytes_is_not_read() =>
        Checked.Finds(Checked.Of(new byte[CheckBudget.MaxFileBytes + 1]), CheckRules.FileTooLarge);

    [Fact]
    public void Bytes_before_the_header_break_the_pdf_a_header_rule()
    {
        var pdf = Create();
        pdf.Header = "junk\n" + pdf.Header;
        var finding = Checked.Finds(Checked.Of(pdf), CheckRules.Header, alone: false);
        Assert.Equal(5, finding.Location.Offset);
        Assert.Contains("starts at byte 5", finding.Message);
    }

    [Fact]
    public void A_pdf_2_header_or_a_missing_binary_comment_breaks_the_header_rule()
    {
        var pdf = Create();
        pdf.Header = "%PDF-2.0\n%\u00E2\u00E3\u00CF\u00D3\n";
        Checked.Finds(Checked.Of(pdf), CheckRules.Header, message: "n from 0 to 7");
        pdf.Header = "%PDF-1.7\n";
        Checked.Finds(Checked.Of(pdf), CheckRules.Header, message: "four bytes above 127");
    }

    [Fact]
    public void An_encrypted_file_is_reported_and_not_read_further()
    {
        var pdf = Create();
        pdf.Trailer += " /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>";
        Checked.Finds(Checked.Of(pdf), CheckRules.Encrypted);
    }

    [Fact]
    public void A_wrong_cross_reference_offset_is_found_and_the_file_is_still_checked_by_scanning()
    {
        var bytes = Create().Build();
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var entry = text.IndexOf(" 00000 n \n", xref, StringComparison.Ordinal) - 10; // object 1's entry
        Encoding.ASCII.GetBytes("0000000003").CopyTo(bytes, entry);
        var finding = Checked.Finds(Checked.Of(bytes), CheckRules.CrossReference);
        Assert.Contains("objects were found by scanning", finding.Message);
    }

    [Fact]
    public void A_missing_startxref_is_recovered_by_scanning()
    {
        var text = Encoding.Latin1.GetString(Create().Build());
        var bytes = Encoding.Latin1.GetBytes(text[..text.LastIndexOf("startxref", StringComparison.Ordinal)]);
        Checked.Finds(Checked.Of(bytes), CheckRules.CrossReference, message: "no 'startxref'");
    }

    [Fact]
    public void An_object_that_cannot_be_parsed_is_located_by_its_number()
    {
        var pdf = Create().Set(Bookmark, $"<< /Title (x) /Parent {Outlines} 0 R /Dest [{Page} 0 R /XYZ 72 780 0 >>");
        Checked.Finds(Checked.Of(pdf), CheckRules.MalformedObject, objectNumber: Bookmark);
    }

    [Fact]
    public void A_stream_whose_length_is_wrong_is_found_and_still_read()
    {
        var bytes = Encoding.Latin1.GetString(Create().Build());
        var content = Encoding.Latin1.GetBytes(PageContent);
        var wrong = bytes.Replace($"/Length {content.Length} >>", $"/Length {content.Length - 7} >>", StringComparison.Ordinal);
        Assert.NotEqual(bytes, wrong);
        Checked.Finds(Checked.Of(Encoding.Latin1.GetBytes(wrong)), CheckRules.StreamLength, objectNumber: Content,
            message: $"declares /Length {content.Length - 7} but its data is {content.Length}");
    }

    [Fact]
    public void A_flate_stream_without_its_adler_checksum_is_found_as_pdfsharp_writes_them()
    {
        var pdf = Create();
        var complete = MiniPdf.Flate(new byte[64]);
        pdf.SetStream(FontFile, "/Length1 64 /Filter /FlateDecode", complete[..^4]);
        Checked.Finds(Checked.Of(pdf), CheckRules.FlateIncomplete, objectNumber: FontFile, message: "Adler-32 checksum after the final block is missing");
    }

    [Fact]
    public void A_flate_stream_with_no_final_block_is_found()
    {
        var pdf = Create();
        pdf.SetStream(FontFile, "/Length1 4096 /Filter /FlateDecode", MiniPdf.FlateWithoutFinalBlock(new byte[4096]));
        Checked.Finds(Checked.Of(pdf), CheckRules.FlateIncomplete, objectNumber: FontFile, message: "without a final deflate block");
    }

    [Fact]
    public void A_compressed_page_content_stream_is_read_like_a_plain_one()
    {
        var pdf = Create();
        pdf.SetStream(Content, "/Filter /FlateDecode", MiniPdf.Flate(Encoding.Latin1.GetBytes(PageContent)));
        Checked.Clean(Checked.Of(pdf));
    }

    [Theory]
    [InlineData("/Filter /ASCIIHexDecode", "00FF00", "without the '>' end-of-data marker")]
    [InlineData("/Filter /ASCIIHexDecode", "00FG>", "not hexadecimal")]
    [InlineData("/Filter /ASCII85Decode", "87cURD]i,", "without the '~>'")]
    [InlineData("/Filter /RunLengthDecode", "\u0001ab", "end-of-data byte 128")]
    [InlineData("/Filter /NoSuchDecode", "x", "not a standard filter")]
    public void Other_filters_must_reach_their_end_of_data_marker(string filter, string data, string message)
    {
        var pdf = Create();
        pdf.SetStream(FontFile, "/Length1 64 " + filter, data);
        Checked.Finds(Checked.Of(pdf), CheckRules.StreamNotDecodable, objectNumber: FontFile, message: message);
    }

    [Fact]
    public void Lzw_is_forbidden_by_pdf_a()
    {
        var pdf = Create();
        pdf.SetStream(FontFile, "/Length1 64 /Filter /LZWDecode", "\u0080\u000b\u0060\u0050\u0022\u000c\u000c\u0085\u0001");
        Checked.Finds(Checked.Of(pdf), CheckRules.ForbiddenFilter, objectNumber: FontFile);
    }

    [Fact]
    public void Objects_in_object_streams_and_a_cross_reference_stream_are_read()
    {
        // Move the structure elements into an object stream indexed by a cross-reference stream, as PDF 1.5 writers do.
        var checker = new ObjectStreamPdf(Create());
        Checked.Clean(Checked.Of(checker.Build()));
    }
}
