using ReportGen.TextPolicy;

namespace ReportGen.Tests.TextPolicy;

/// <summary>The policy table itself (docs/pending/robust.md prints it): each class and its action.</summary>
public class CharacterPolicyTests
{
    [Theory]
    [InlineData(0x41, TextClass.Ordinary)]
    [InlineData(0x09, TextClass.Ordinary)]
    [InlineData(0x0A, TextClass.Ordinary)]
    [InlineData(0x0D, TextClass.Ordinary)]
    [InlineData(0xA0, TextClass.Ordinary)]
    [InlineData(0x200D, TextClass.Ordinary)]
    [InlineData(0xFE0F, TextClass.Ordinary)]
    [InlineData(0xFFFD, TextClass.Ordinary)]
    [InlineData(0x1F600, TextClass.Ordinary)]
    [InlineData(0x00, TextClass.Control)]
    [InlineData(0x1F, TextClass.Control)]
    [InlineData(0x7F, TextClass.Control)]
    [InlineData(0x80, TextClass.Control)]
    [InlineData(0x9F, TextClass.Control)]
    [InlineData(0x0B, TextClass.LineBreak)]
    [InlineData(0x0C, TextClass.LineBreak)]
    [InlineData(0x85, TextClass.LineBreak)]
    [InlineData(0x2028, TextClass.LineBreak)]
    [InlineData(0x2029, TextClass.LineBreak)]
    [InlineData(0xD800, TextClass.LoneSurrogate)]
    [InlineData(0xDFFF, TextClass.LoneSurrogate)]
    [InlineData(0xFDD0, TextClass.Noncharacter)]
    [InlineData(0xFDEF, TextClass.Noncharacter)]
    [InlineData(0xFFFE, TextClass.Noncharacter)]
    [InlineData(0x1FFFF, TextClass.Noncharacter)]
    [InlineData(0x10FFFF, TextClass.Noncharacter)]
    [InlineData(0x202A, TextClass.BidiControl)]
    [InlineData(0x202E, TextClass.BidiControl)]
    [InlineData(0x2066, TextClass.BidiControl)]
    [InlineData(0x2069, TextClass.BidiControl)]
    [InlineData(0x200B, TextClass.Invisible)]
    [InlineData(0x200E, TextClass.Invisible)]
    [InlineData(0x061C, TextClass.Invisible)]
    [InlineData(0xAD, TextClass.Invisible)]
    [InlineData(0xFEFF, TextClass.Invisible)]
    [InlineData(0xE000, TextClass.PrivateUse)]
    [InlineData(0xF8FF, TextClass.PrivateUse)]
    [InlineData(0xF0000, TextClass.PrivateUse)]
    [InlineData(0x10FFFD, TextClass.PrivateUse)]
    [InlineData(0x05D0, TextClass.RightToLeft)]
    [InlineData(0x0627, TextClass.RightToLeft)]
    public void Each_code_point_falls_in_its_class(int codePoint, TextClass expected) =>
        Assert.Equal(expected, CharacterPolicy.Classify(codePoint));

    [Fact]
    public void Replaced_and_removed_characters_leave_clean_text_and_rejected_ones_a_marker()
    {
        var (text, findings) = TextCleaner.Clean("a\u000Bb\u200Bc\u2028d\u0001e\uD800f");
        Assert.Equal("a bc d\uFFFDe\uFFFDf", text);
        Assert.Equal([TextClass.LineBreak, TextClass.Invisible, TextClass.Control, TextClass.LoneSurrogate], findings.Select(f => f.Class));
        Assert.Equal(2, findings[0].Count);
        Assert.Equal(1, findings[0].Offset);
    }

    [Fact]
    public void Every_class_but_ordinary_has_a_code_in_the_text_range()
    {
        foreach (var textClass in Enum.GetValues<TextClass>().Where(c => c != TextClass.Ordinary))
            Assert.Matches("^RG01[23][0-9]$", CharacterPolicy.CodeFor(textClass));
    }
}
