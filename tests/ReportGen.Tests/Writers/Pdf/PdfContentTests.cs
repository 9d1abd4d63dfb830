using ReportGen.Documents;
using ReportGen.Tests.Support;
using ReportGen.Writers.Pdf.Layout;
using UglyToad.PdfPig.Content;
using Table = ReportGen.Documents.Table;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>The reference paper's PDF read back with PdfPig: text, order, positions and fonts.</summary>
public class PdfContentTests
{
    private static readonly PageGeometry Geometry = PageGeometry.From(PdfOutput.Theme);

    [Fact]
    public void Every_line_item_and_amount_is_there_in_reading_order()
    {
        var text = PdfOutput.WithoutSpaces(string.Concat(PdfOutput.PageTexts(PdfOutput.Reference)));
        var position = 0;
        foreach (var table in Built.Reference.Document!.Blocks.OfType<Table>())
            foreach (var cell in table.Body.SelectMany(r => r.Cells).Select(c => PdfOutput.WithoutSpaces(Inlines.PlainText(c.Content))).Where(c => c.Length > 0))
            {
                var found = text.IndexOf(cell, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"'{cell}' not found after position {position}");
                position = found + cell.Length;
            }
        Assert.All(ReferenceAmounts.OfReference(), amount => Assert.Contains(amount, text));
    }

    [Fact]
    public void Money_columns_are_right_aligned_to_within_half_a_point()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var rightEdges = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            var money = page.GetWords().Where(w => w.Text.StartsWith('£') && w.BoundingBox.Left > page.Width / 2);
            rightEdges.AddRange(money.Select(w => w.BoundingBox.Right));
        }
        Assert.True(rightEdges.Count >= 50, $"only {rightEdges.Count} amounts found");
        Assert.True(rightEdges.Max() - rightEdges.Min() <= 0.5, $"right edges range from {rightEdges.Min()} to {rightEdges.Max()}");

        var summary = pdf.GetPage(1).GetWords().Where(w => w.Text is "400" or "3,863" or "1,687" or "5,341" or "11,291").ToList();
        Assert.Equal(5, summary.Count);
        Assert.True(summary.Max(w => w.BoundingBox.Right) - summary.Min(w => w.BoundingBox.Right) <= 0.5);
    }

    [Fact]
    public void No_glyph_is_outside_the_margins_and_the_footer_sits_in_the_bottom_margin()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        foreach (var page in pdf.GetPages())
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                var top = page.Height - box.Top;
                var bottom = page.Height - box.Bottom;
                Assert.InRange(box.Left, Geometry.Left - 0.5, Geometry.Right + 0.5);
                Assert.InRange(box.Right, Geometry.Left - 0.5, Geometry.Right + 0.5);
                Assert.InRange(top, Geometry.Top - 1, page.Height);
                Assert.True(bottom <= Geometry.Bottom + 0.5 || top >= Geometry.Bottom, $"'{letter.Value}' on page {page.Number} straddles the bottom margin");
            }
    }

    [Fact]
    public void Every_page_has_its_footer_with_the_right_page_numbers()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var count = pdf.NumberOfPages;
        Assert.Equal(7, count);
        foreach (var page in pdf.GetPages())
        {
            var footer = string.Join(" ", page.GetWords().Where(w => page.Height - w.BoundingBox.Top > Geometry.Bottom).Select(w => w.Text));
            // The reference corrects a figure as published, so its footer says which version this is.
            Assert.Equal($"External Commissioning Budget 2022/23 Page {page.Number} of {count} Version 1.0, correcting figures as published", footer);
        }
    }

    [Fact]
    public void Paragraph_numbers_hang_to_the_left_of_their_text()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var words = pdf.GetPage(1).GetWords().ToList();
        var number = words.First(w => w.Text == "1.");
        var text = words.First(w => w.Text == "To");
        Assert.Equal(Geometry.Left, number.BoundingBox.Left, 1.5);
        Assert.Equal(Geometry.Left + PageGeometry.Mm(PdfOutput.Theme.Spacing.NumberIndentMm), text.BoundingBox.Left, 1.5);
        Assert.Equal(number.BoundingBox.Bottom, text.BoundingBox.Bottom, 0.5);
    }

    [Fact]
    public void Fonts_are_embedded_subsets_of_the_theme_family()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+", f));
        Assert.Contains(fonts, f => f.Contains("Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_comes_from_the_data()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var info = pdf.Information;
        Assert.Equal("OPCC External Commissioning Budget 2022/23", info.Title);
        Assert.Equal("Office of the West Midlands Police and Crime Commissioner", info.Author);
        Assert.Equal("Strategic Policing and Crime Board, 22 March 2022", info.Subject);
        Assert.Equal("ReportGen test", info.Creator);
        Assert.StartsWith("D:20220322000000", info.CreationDate);
        Assert.StartsWith("D:20220322000000", info.ModifiedDate);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes() =>
        Assert.Equal(PdfOutput.Reference, PdfOutput.Render(Built.Reference.Document!));

    [Fact]
    public void Bookmarks_follow_the_headings()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal("OPCC External Commissioning Budget 2022/23", top[0]);
        Assert.Equal(["PURPOSE OF REPORT", "BACKGROUND"], top.Skip(1).Take(2));
        var appendixA = bookmarks.Roots.Single(b => b.Title.StartsWith("Appendix A", StringComparison.Ordinal));
        Assert.Equal(["Community Safety Partnership", "External Commissioning", "Victims Services"], appendixA.Children.Select(c => c.Title));
        Assert.Equal(9, bookmarks.Roots.Count);
    }

    [Fact]
    public void Web_links_and_the_cross_reference_are_link_annotations()
    {
        using var pdf = PdfOutput.Open(PdfOutput.Reference);
        var links = pdf.GetPages().SelectMany(p => p.GetHyperlinks().Select(h => (p.Number, h.Text, h.Uri))).ToList();
        Assert.Contains(links, l => l.Text == "here" && l.Uri == "https://www.legislation.gov.uk/ukpga/2002/29/contents");
        var annotations = pdf.GetPage(2).GetAnnotations().ToList();
        Assert.Single(annotations, a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link);
    }
}
