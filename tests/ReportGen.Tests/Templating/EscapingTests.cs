using ReportGen.Documents;
using ReportGen.Templating;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

/// <summary>Text from the data prints literally, character for character, whatever syntax it contains.</summary>
public class EscapingTests
{
    [Fact]
    public void A_hostile_label_reaches_the_document_unchanged_in_a_table_a_group_row_a_list_and_a_sentence()
    {
        var document = Hostile.Build().Document!;
        var cs = document.Blocks.OfType<Table>().ElementAt(2);
        Assert.Equal(RowKind.Group, cs.Body[0].Kind);
        Assert.Equal(Hostile.Label, Inlines.PlainText(cs.Body[0].Cells[0].Content));
        Assert.Equal(RowKind.Item, cs.Body[1].Kind);
        Assert.Equal(Hostile.Label, Assert.IsType<Text>(Assert.Single(cs.Body[1].Cells[0].Content)).Value);

        var objectives = (BulletList)document.Blocks.OfType<NumberedParagraph>().Single(p => p.Number == 3).Children[0];
        Assert.Equal(Hostile.Objective, Assert.IsType<Text>(Assert.Single(((Paragraph)objectives.Items[0].Blocks[0]).Content)).Value);

        var nine = document.Blocks.OfType<NumberedParagraph>().Single(p => p.Number == 9);
        Assert.EndsWith(" of this report. " + Hostile.Label, Inlines.PlainText(nine.Content));
        Assert.Single(nine.Content.OfType<ParagraphReference>()); // the label's "(@purpose)" did not become a reference
        Assert.Equal(12, document.Blocks.OfType<NumberedParagraph>().Count());
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("(@x) (=total)", "\\(\\@x\\) \\(\\=total\\)")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("£1,234 – ok", "£1,234 – ok")]
    public void Escape_backslashes_markdown_punctuation_and_flattens_line_breaks(string text, string escaped) =>
        Assert.Equal(escaped, MarkdownText.Escape(text));
}
