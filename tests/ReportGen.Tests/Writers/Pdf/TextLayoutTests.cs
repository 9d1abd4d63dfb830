using ReportGen.Documents;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>Line breaking with a fake measurer: every character 1 point wide; "Fallback" has only 'ŵ'.</summary>
public class TextLayoutTests
{
    private sealed class FixedWidth : ITextMeasurer
    {
        public double Width(string text, FontSpec font) => text.Length;
        public double Ascent(FontSpec font) => font.Size * 0.8;
        public bool HasGlyph(string family, int codePoint) => family == "Main" ? codePoint < 0x100 : codePoint == 'ŵ';
    }

    private static TextLayout Layout() => new(new FixedWidth(), ["Main", "Fallback"], "#000000", "#0000FF");

    private static string[] Lines(TextLayout layout, string text, double width) =>
        layout.Break([new Text(text)], FontStyle.Regular, 10, width, 1.2).Select(l => string.Concat(l.Segments.Select(s => s.Text))).ToArray();

    [Fact]
    public void Words_wrap_at_spaces_and_no_line_is_wider_than_the_measure() =>
        Assert.Equal(["one two", "three four", "five"], Lines(Layout(), "one two three four five", 10));

    [Fact]
    public void A_word_longer_than_the_line_breaks_between_characters() =>
        Assert.Equal(["abcdef", "ghij k", "lmn"], Lines(Layout(), "abcdefghij k lmn", 6));

    [Fact]
    public void A_character_the_main_font_lacks_is_set_in_the_fallback()
    {
        var line = Layout().Break([new Text("Cwm ŵyn")], FontStyle.Regular, 10, 100, 1.2).Single();
        Assert.Equal([("Cwm ", "Main"), ("ŵ", "Fallback"), ("yn", "Main")], line.Segments.Select(s => (s.Text, s.Font.Family)));
        Assert.Equal([0d, 4, 5], line.Segments.Select(s => s.X));
    }

    [Fact]
    public void A_character_no_font_has_is_reported_once()
    {
        var layout = Layout();
        Lines(layout, "漢 and 漢 again", 100);
        var missing = Assert.Single(layout.Missing);
        Assert.Equal(0x6F22, missing.CodePoint);
    }

    [Fact]
    public void Bold_links_and_references_become_separate_segments()
    {
        var line = Layout().Break([new Text("See "), new Strong([new Text("paragraph")]), new Text(" "), new ParagraphReference("x", 4)],
            FontStyle.Regular, 10, 100, 1.2).Single();
        Assert.Equal(["See ", "paragraph", " ", "4"], line.Segments.Select(s => s.Text));
        Assert.Equal(FontStyle.Bold, line.Segments[1].Font.Style);
        Assert.Equal(4, line.Segments[3].Link!.Paragraph);
        Assert.Equal("#0000FF", line.Segments[3].Colour);
    }
}
