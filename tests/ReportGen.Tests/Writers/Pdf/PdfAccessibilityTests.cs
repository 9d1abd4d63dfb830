using ReportGen.Documents;
using ReportGen.Tests.Support;
using UglyToad.PdfPig.Tokens;
using Table = ReportGen.Documents.Table;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>The tagged structure a screen reader follows: headings, paragraphs, lists, tables with header cells.</summary>
public class PdfAccessibilityTests
{
    private static readonly Lazy<StructureNode> Tree = new(() =>
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        return StructureNode.Read(pdf);
    });

    private static Document Document => Built.Reference.Document!;

    private static int CountBullets(IEnumerable<Block> blocks) => blocks.Sum(b => b switch
    {
        BulletList l => l.Items.Length + l.Items.Sum(i => CountBullets(i.Blocks)),
        NumberedParagraph n => CountBullets(n.Children),
        _ => 0,
    });

    [Fact]
    public void Headings_are_tagged_H1_to_H3_as_the_document_has_them()
    {
        var headings = Document.Blocks.OfType<Heading>().ToList();
        Assert.Equal(headings.Count(h => h.Level == 1), Tree.Value.Count("H1"));
        Assert.Equal(headings.Count(h => h.Level == 2), Tree.Value.Count("H2"));
        Assert.Equal(headings.Count(h => h.Level == 3), Tree.Value.Count("H3"));
    }

    [Fact]
    public void Numbered_paragraphs_and_bullets_are_list_items_with_labels_and_bodies()
    {
        var items = 12 + CountBullets(Document.Blocks);
        Assert.Equal(items, Tree.Value.Count("LI"));
        Assert.Equal(items, Tree.Value.Count("Lbl"));
        Assert.Equal(items, Tree.Value.Count("LBody"));
        Assert.All(Tree.Value.Descendants().Where(n => n.Type == "LI"), li => Assert.Equal(["Lbl", "LBody"], li.Children.Select(c => c.Type)));
    }

    [Fact]
    public void Tables_have_rows_header_cells_with_scope_and_a_summary()
    {
        var tables = Document.Blocks.OfType<Table>().ToList();
        var tagged = Tree.Value.Descendants().Where(n => n.Type == "Table").ToList();
        Assert.Equal(tables.Count, tagged.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            Assert.Equal(tables[i].Caption, tagged[i].Attribute("Summary"));
            Assert.Equal(tables[i].Header.Length + tables[i].Body.Length, tagged[i].Count("TR"));
            var headerCells = tables[i].Header.Sum(r => r.Cells.Length) + tables[i].Body.Length;
            Assert.Equal(headerCells, tagged[i].Count("TH"));
            Assert.Equal(tables[i].Body.Length * (tables[i].Columns.Length - 1), tagged[i].Count("TD"));
            var scopes = tagged[i].Descendants().Where(n => n.Type == "TH").Select(n => n.Attribute("Scope")).Distinct().Order();
            Assert.Equal(["Column", "Row"], scopes);
        }
    }

    [Fact]
    public void The_document_declares_its_language_marks_itself_tagged_and_shows_its_title()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var catalog = StructureNode.Catalog(pdf);
        Assert.Equal("en-GB", ((StringToken)catalog.Data["Lang"]).Data);
        var markInfo = StructureNode.Resolve<DictionaryToken>(pdf, catalog.Data["MarkInfo"]);
        Assert.True(((BooleanToken)markInfo.Data["Marked"]).Data);
        var viewer = StructureNode.Resolve<DictionaryToken>(pdf, catalog.Data["ViewerPreferences"]);
        Assert.True(((BooleanToken)viewer.Data["DisplayDocTitle"]).Data);
        Assert.Equal("UseOutlines", ((NameToken)catalog.Data["PageMode"]).Data);
    }

    [Fact]
    public void Footers_and_repeated_furniture_are_artifacts_and_all_other_text_is_tagged_content()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        foreach (var page in pdf.GetPages())
        {
            var marked = page.GetMarkedContents().ToList();
            string Text(IEnumerable<UglyToad.PdfPig.Content.MarkedContentElement> elements) =>
                string.Concat(elements.SelectMany(e => e.Letters).Select(l => l.Value));
            var artifacts = Text(marked.Where(m => m.IsArtifact));
            var tagged = Text(marked.Where(m => !m.IsArtifact && m.MarkedContentIdentifier >= 0));
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", artifacts);
            Assert.DoesNotContain("Page ", tagged.Replace("Page Area", "", StringComparison.Ordinal));
            // Every letter on the page is inside one or the other: nothing is drawn outside the structure.
            Assert.Equal(page.Letters.Count, marked.Sum(m => m.Letters.Count));
        }
    }
}
