using System.Globalization;
using ReportGen.Documents;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>Line breaking with a fake measurer: every UTF-16 unit 1 point wide; "Fallback" has only 'ŵ'.</summary>
public class TextLayoutTests
{
    private sealed class FixedWidth : ITextMeasurer
    {
        public int Calls { get; private set; }
        public double Width(string text, FontSpec font) { Calls++; return text.Length; }
        public double Ascent(FontSpec font) => font.Size * 0.8;
        public bool HasGlyph(string family, int codePoint) => family == "Main" ? (codePoint < 0x3000 && codePoint != 'ŵ') || codePoint > 0xFFFF : codePoint == 'ŵ';
    }

    private static TextLayout Layout(ITextMeasurer? measurer = null) => new(measurer ?? new FixedWidth(), ["Main", "Fallback"], "#000000", "#0000FF");

    private static string[] Lines(TextLayout layout, string text, double width) => Lines(layout, [new Text(text)], width);

    private static string[] Lines(TextLayout layout, Inline[] inlines, double width) =>
        layout.Break(inlines, FontStyle.Regular, 10, width, 1.2).Select(l => string.Concat(l.Segments.Select(s => s.Text))).ToArray();

    [Fact]
    public void Words_wrap_at_spaces_and_each_soft_line_end_keeps_its_space_unmeasured()
    {
        var lines = Layout().Break([new Text("one two three four five")], FontStyle.Regular, 10, 10, 1.2);
        Assert.Equal(["one two ", "three four ", "five"], lines.Select(l => string.Concat(l.Segments.Select(s => s.Text))));
        Assert.Equal([7d, 10, 4], lines.Select(l => l.Width));
        var space = lines[0].Segments[^1];
        Assert.Equal((" ", 0d, 7d), (space.Text, space.Width, space.X));
    }

    [Fact]
    public void A_hard_break_also_reads_as_a_space_but_the_last_line_has_none() =>
        Assert.Equal(["Board ", "22 March"], Lines(Layout(), [new Text("Board"), new LineBreak(), new Text("22 March")], 100));

    [Fact]
    public void A_word_longer_than_the_line_breaks_between_characters_with_no_space_inside_it() =>
        Assert.Equal(["abcdef", "ghij k ", "lmn"], Lines(Layout(), "abcdefghij k lmn", 6));

    [Fact]
    public void A_long_word_breaks_only_between_grapheme_clusters()
    {
        // Each cluster is two UTF-16 units wide here: an emoji (a surrogate pair), or e with a combining acute.
        var word = string.Concat(Enumerable.Repeat("😀e\u0301", 20));
        var lines = Lines(Layout(), word, 5);
        Assert.Equal(word, string.Concat(lines));
        foreach (var line in lines)
        {
            Assert.False(char.IsLowSurrogate(line[0]) || line[0] == '\u0301', $"line starts inside a cluster: {line}");
            Assert.Equal(line.Length, StringInfo.ParseCombiningCharacters(line).Length * 2);
        }
    }

    [Fact]
    public void Breaking_measures_each_character_once_however_long_the_text()
    {
        var measurer = new FixedWidth();
        var layout = Layout(measurer);
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 20_000));
        var lines = layout.Break([new Text(word + " " + word)], FontStyle.Regular, 10, 300, 1.2);
        Assert.Equal(2 * word.Length, lines.Sum(l => l.Segments.Sum(s => s.Text.Trim().Length)));
        // Eleven distinct characters (with the space), whatever the length: no prefix is measured twice.
        Assert.InRange(measurer.Calls, 11, 11);
    }

    [Fact]
    public void A_character_the_main_font_lacks_is_set_in_the_fallback()
    {
        var line = Layout().Break([new Text("Cwm ŵyn")], FontStyle.Regular, 10, 100, 1.2).Single();
        Assert.Equal([("Cwm ", "Main"), ("ŵ", "Fallback"), ("yn", "Main")], line.Segments.Select(s => (s.Text, s.Font.Family)));
        Assert.Equal([0d, 4, 5], line.Segments.Select(s => s.X));
    }

    [Fact]
    public void A_character_no_font_has_is_reported_once_with_an_excerpt_not_the_whole_text()
    {
        var layout = Layout();
        Lines(layout, "漢 and 漢 again " + new string('x', 10_000), 100);
        var missing = Assert.Single(layout.Missing);
        Assert.Equal(0x6F22, missing.CodePoint);
        Assert.InRange(missing.Context.Length, 10, 62);
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

    [Fact]
    public void A_text_too_long_for_one_line_is_cut_at_a_cluster_with_an_ellipsis()
    {
        var (line, cut) = Layout().OneLine("Budget 😀😀😀 paper", FontStyle.Regular, 8, 12, 1);
        Assert.True(cut);
        Assert.Equal("Budget 😀😀…", string.Concat(line.Segments.Select(s => s.Text)));
        Assert.True(line.Width <= 12);
        Assert.False(Layout().OneLine("Short", FontStyle.Regular, 8, 12, 1).Cut);
    }
}
