using ReportGen.Documents;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Building;

/// <summary>The 2022/23 paper as a document: its whole dump is a golden file, and its structure is checked directly.</summary>
public class ReferencePaperTests
{
    private static Document Document => Built.Reference.Document!;

    [Fact]
    public void The_document_dump_matches_the_golden_file() =>
        Golden.Match(Repo.Path("tests", "ReportGen.Tests", "Golden", "reference-paper.dump.txt"), DocumentDump.Write(Document));

    [Fact]
    public void Paragraphs_are_numbered_1_to_12_across_the_sections()
    {
        var numbers = Document.Blocks.OfType<NumberedParagraph>().Select(p => p.Number).ToList();
        Assert.Equal(Enumerable.Range(1, 12), numbers);
        var sections = Document.Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => Inlines.PlainText(h.Content)).Take(6);
        Assert.Equal(["PURPOSE OF REPORT", "BACKGROUND", "OPCC EXTERNAL COMMISSIONING BUDGET 2022/23",
            "FINANCIAL IMPLICATIONS", "LEGAL IMPLICATIONS", "RECOMMENDATIONS"], sections);
    }

    [Fact]
    public void Paragraph_9_refers_to_the_funding_summary_paragraph_by_its_number()
    {
        var nine = Document.Blocks.OfType<NumberedParagraph>().Single(p => p.Number == 9);
        var reference = Assert.Single(nine.Content.OfType<ParagraphReference>());
        Assert.Equal(4, reference.Number);
        Assert.Contains("included in paragraph 4 of this report", Inlines.PlainText(nine.Content));
    }

    [Fact]
    public void The_plan_objectives_are_a_list_inside_paragraph_3()
    {
        var three = Document.Blocks.OfType<NumberedParagraph>().Single(p => p.Number == 3);
        var list = Assert.IsType<BulletList>(Assert.Single(three.Children));
        Assert.Equal(12, list.Items.Length);
    }

    [Fact]
    public void Every_table_is_there_with_its_computed_totals()
    {
        var tables = Document.Blocks.OfType<Table>().ToList();
        Assert.Equal(5, tables.Count); // summary + four programmes
        string Cell(TableRow row, int i) => Inlines.PlainText(row.Cells[i].Content);
        Assert.Equal("11,291", Cell(tables[0].Body[^1], 2));
        Assert.Equal(RowKind.Total, tables[0].Body[^1].Kind);
        var cs = tables[2];
        Assert.Equal(("Sub-Total", "£2,091,893"), (Cell(cs.Body[8], 0), Cell(cs.Body[8], 1)));
        Assert.Equal(RowKind.Subtotal, cs.Body[8].Kind);
        Assert.Equal(("Funding Available 2022/23", "£3,863,303"), (Cell(cs.Body[^1], 0), Cell(cs.Body[^1], 1)));
        Assert.Equal(("Total Victims 2022/23", "£5,341,050"), (Cell(tables[4].Body[^1], 0), Cell(tables[4].Body[^1], 1)));
    }

    [Fact]
    public void Appendices_start_new_pages_and_continued_tables_follow_page_breaks()
    {
        var appendices = Document.Blocks.OfType<Heading>().Where(h => h.StartsPage).Select(h => h.Id);
        Assert.Equal(["appendix-a", "appendix-b"], appendices);
        Assert.Equal(2, Document.Blocks.OfType<PageBreak>().Count());
    }
}
