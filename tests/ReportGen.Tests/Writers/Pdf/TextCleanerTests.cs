using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>The PDF writer's own defence against characters it cannot carry.</summary>
public class TextCleanerTests
{
    private static (string Text, List<LayoutWarning> Warnings) Clean(string text)
    {
        var warnings = new LayoutWarnings();
        return (TextCleaner.Clean(text, warnings), warnings.All().ToList());
    }

    [Fact]
    public void Ordinary_text_is_returned_as_it_is_with_no_warning()
    {
        const string text = "Cwm ŵyn – £1,000 “quoted” 😀";
        var (clean, warnings) = Clean(text);
        Assert.Same(text, clean);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("a\u0001b", "ab", "U+0001")]
    [InlineData("a\u0008b\u000Bc", "abc", "U+0008")]
    [InlineData("a\uFFFEb\uFFFF", "ab", "U+FFFE")]
    [InlineData("a\u0085b", "a b", null)]
    [InlineData("private \uE000", "private \uFFFD", "U+E000")]
    public void A_character_a_pdf_cannot_carry_is_left_out_or_replaced_with_a_warning_naming_it(string text, string expected, string? named)
    {
        var (clean, warnings) = Clean(text);
        Assert.Equal(expected, clean);
        if (named is null) Assert.Empty(warnings);
        else Assert.Contains(warnings, w => w.Code == "RG0604" && w.Message.Contains(named, StringComparison.Ordinal));
        // The message itself prints cleanly: no controls, no half pairs.
        Assert.All(warnings, w => Assert.Equal(w.Message, TextCleaner.Clean(w.Message, new LayoutWarnings())));
    }

    [Fact]
    public void Half_of_a_surrogate_pair_becomes_a_replacement_character_and_a_whole_pair_is_kept()
    {
        // Built in code: test data attributes would not carry invalid UTF-16 through.
        var (clean, warnings) = Clean("lone " + '\uD800' + " half, lone " + '\uDC00' + ", whole 😀");
        Assert.Equal("lone \uFFFD half, lone \uFFFD, whole 😀", clean);
        Assert.All(warnings, w => Assert.Equal("RG0604", w.Code));
        Assert.Contains(warnings, w => w.Message.Contains("surrogate", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.Equal(System.Buffers.OperationStatus.Done,
            System.Text.Unicode.Utf8.FromUtf16(w.Message, new byte[w.Message.Length * 3], out _, out _, replaceInvalidSequences: false)));
    }

    [Fact]
    public void Tabs_line_ends_and_separators_become_spaces_and_invisible_marks_vanish_silently()
    {
        var (clean, warnings) = Clean("a\tb\r\nc\u2028d\u00ADe\u200Bf\uFEFFg\u200D");
        Assert.Equal("a b  c defg", clean);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("مرحبا بالعالم")]
    [InlineData("שלום עולם")]
    public void Right_to_left_text_is_kept_and_reported_once_by_its_text(string text)
    {
        var (clean, warnings) = Clean("Grant: " + text);
        Assert.Equal("Grant: " + text, clean);
        var warning = Assert.Single(warnings);
        Assert.Equal("RG0603", warning.Code);
        Assert.Contains(text, warning.Message);
    }

    [Fact]
    public void Many_warnings_of_one_kind_are_capped_and_counted()
    {
        var warnings = new LayoutWarnings();
        for (var i = 0; i < 25; i++) TextCleaner.Clean($"item {i} \u0001", warnings);
        var all = warnings.All().ToList();
        Assert.Equal(LayoutWarnings.PerCode + 1, all.Count);
        Assert.StartsWith("and 15 more", all[^1].Message);
    }
}
