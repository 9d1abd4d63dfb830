using System.Collections.Immutable;
using ReportGen.Documents;
using ReportGen.Reading;
using ReportGen.Tests.Support;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>Documents built to stress pagination, written as real PDFs and read back.</summary>
public class PdfPaginationTests
{
    private static readonly PageGeometry Geometry = PageGeometry.From(PdfOutput.Theme);

    private static Document Read(string markdown)
    {
        var result = DocumentReader.Read(markdown, Built.Reference.Document!.Metadata with { VersionNote = null });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document;
    }

    [Fact]
    public void A_table_forced_across_pages_repeats_its_header_and_keeps_each_row_whole()
    {
        var rows = string.Concat(Enumerable.Range(1, 120).Select(i => $"| Project number {i} with a label long enough to need room | £{i * 1000:N0} |\n"));
        var pdf = PdfOutput.Render(Read("## Long table\n\n| Project Area | Funding 2023/24 |\n|:--|--:|\n" + rows));
        using var document = PdfOutput.Open(pdf);
        Assert.True(document.NumberOfPages >= 3);
        foreach (var page in document.GetPages())
        {
            // Words in content order (our reading order); the first line is the one with the highest baseline.
            var words = page.GetWords().Where(w => page.Height - w.BoundingBox.Top < Geometry.Bottom).ToList();
            var topBaseline = words.Max(w => w.BoundingBox.Bottom);
            var firstLine = words.Where(w => Math.Abs(w.BoundingBox.Bottom - topBaseline) < 1).Select(w => w.Text);
            if (page.Number > 1) Assert.Equal(["Project", "Area", "Funding", "2023/24"], firstLine);
            // Each row's label and amount share a page and a baseline.
            foreach (var number in words.Where(w => w.Text == "number"))
            {
                var index = words.IndexOf(number) + 1;
                var amount = words.Single(w => w.Text == $"£{int.Parse(words[index].Text) * 1000:N0}");
                Assert.Equal(number.BoundingBox.Bottom, amount.BoundingBox.Bottom, 0.5);
            }
        }
        var all = PdfOutput.WithoutSpaces(string.Concat(PdfOutput.PageTexts(pdf)));
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"Projectnumber{i}with", all));
    }

    [Fact]
    public void No_page_ends_with_a_heading()
    {
        // Sections of varied length, so that without keep-with-next some heading would fall last on a page.
        var random = new Random(20220322);
        var markdown = string.Concat(Enumerable.Range(1, 60).Select(i =>
            $"## SECTION {i}\n\n" + string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                "(@) " + string.Join(' ', Enumerable.Repeat("Words to fill the line of this paragraph.", random.Next(1, 6))) + "\n\n"))));
        var pdf = PdfOutput.Render(Read(markdown));
        using var document = PdfOutput.Open(pdf);
        Assert.True(document.NumberOfPages >= 5);
        var headingSize = PdfOutput.Theme.Fonts.HeadingSize;
        foreach (var page in document.GetPages().Where(p => p.Number < document.NumberOfPages))
        {
            var body = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && page.Height - l.BoundingBox.Top < Geometry.Bottom).ToList();
            var lowest = body.Max(l => page.Height - l.BoundingBox.Bottom);
            var lastLine = body.Where(l => Math.Abs(page.Height - l.BoundingBox.Bottom - lowest) < 2).ToList();
            Assert.False(lastLine.All(l => Math.Abs(l.PointSize - headingSize) < 0.1),
                $"page {page.Number} ends with the heading '{string.Concat(lastLine.Select(l => l.Value))}'");
        }
    }

    [Fact]
    public void On_the_reference_paper_the_Victims_Fund_heading_starts_the_page_its_paragraph_is_on()
    {
        var pages = PdfOutput.PageTexts(PdfOutput.Reference);
        var heading = pages.FindIndex(p => p.Contains("Victims FundThe Ministry of Justice", StringComparison.Ordinal));
        Assert.True(heading >= 0, "the heading and the first words of its paragraph are not together on one page");
        Assert.DoesNotContain(pages, p => p.TrimEnd().EndsWith("Victims Fund", StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_reference_paper_no_page_ends_with_a_heading()
    {
        using var document = PdfOutput.Open(PdfOutput.Reference);
        var sizes = new[] { PdfOutput.Theme.Fonts.HeadingSize, PdfOutput.Theme.Fonts.SubheadingSize };
        foreach (var page in document.GetPages().Where(p => p.Number < document.NumberOfPages))
        {
            var body = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && page.Height - l.BoundingBox.Top < Geometry.Bottom).ToList();
            var lowest = body.Max(l => page.Height - l.BoundingBox.Bottom);
            var lastLine = body.Where(l => Math.Abs(page.Height - l.BoundingBox.Bottom - lowest) < 2).ToList();
            Assert.False(lastLine.All(l => l.FontName!.Contains("Bold", StringComparison.Ordinal) && sizes.Any(s => Math.Abs(l.PointSize - s) < 0.1)),
                $"page {page.Number} ends with the heading '{string.Concat(lastLine.Select(l => l.Value))}'");
        }
    }

    // A page whose text area is exactly: a one-line paragraph and its space after, a heading's space before, the
    // heading, its space after and two lines of the four-line paragraph that follows — then one point less and more.
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1.0, 1)]
    [InlineData(-1.0, 2)]
    public void Through_the_writer_a_heading_stays_only_when_it_its_space_after_and_two_lines_fit(double spare, int headingPage)
    {
        var theme = PdfOutput.Theme;
        var (s, f) = (theme.Spacing, theme.Fonts);
        var needed = f.BodySize * s.LineHeight + s.ParagraphAfter + s.HeadingBefore + f.HeadingSize * s.LineHeight + s.HeadingAfter + 2 * f.BodySize * s.LineHeight;
        var heightMm = theme.Page.MarginTopMm + theme.Page.MarginBottomMm + (needed + spare) / PageGeometry.Mm(1);
        var tuned = theme with { Page = theme.Page with { HeightMm = heightMm } };
        var document = Read("Filler.\n\n## HEADING\n\nOne  \nTwo  \nThree  \nFour\n");
        using var pdf = PdfOutput.Open(PdfOutput.Render(document, theme: tuned));
        int PageOf(string word) => pdf.GetPages().First(p => p.GetWords().Any(w => w.Text == word)).Number;
        Assert.Equal(1, PageOf("Filler."));
        Assert.Equal(headingPage, PageOf("HEADING"));
        Assert.Equal(headingPage, PageOf("Two"));
    }

    [Fact]
    public void Each_appendix_starts_a_new_page()
    {
        var pages = PdfOutput.PageTexts(PdfOutput.Reference);
        Assert.StartsWith("Appendix A - Police Crime Commissioner", pages.Single(p => p.Contains("Appendix A - Police", StringComparison.Ordinal)));
        Assert.StartsWith("Appendix B – Funding Streams", pages.Single(p => p.Contains("Appendix B –", StringComparison.Ordinal)));
        Assert.Equal(2, pages.Count(p => p.StartsWith("Appendix A - continued", StringComparison.Ordinal)));
    }

    [Fact]
    public void Hostile_labels_print_literally()
    {
        var text = PdfOutput.WithoutSpaces(string.Concat(PdfOutput.PageTexts(PdfOutput.Render(Hostile.Build().Document!))));
        Assert.Contains(PdfOutput.WithoutSpaces(Hostile.Label), text);
        Assert.Contains(PdfOutput.WithoutSpaces(Hostile.Objective), text);
    }

    [Fact]
    public void Every_page_of_a_long_document_is_numbered_x_of_y()
    {
        var markdown = string.Concat(Enumerable.Range(1, 200).Select(i => $"(@) Paragraph {i} of a long paper.\n\n"));
        using var document = PdfOutput.Open(PdfOutput.Render(Read(markdown)));
        var footers = document.GetPages().Select(p => string.Join(" ", p.GetWords().Where(w => p.Height - w.BoundingBox.Top > Geometry.Bottom).Select(w => w.Text)));
        Assert.Equal(Enumerable.Range(1, document.NumberOfPages).Select(n => $"External Commissioning Budget 2022/23 Page {n} of {document.NumberOfPages}"), footers);
    }

    [Fact]
    public void A_row_taller_than_a_page_splits_across_pages_inside_the_margins()
    {
        var words = string.Join(' ', Enumerable.Range(1, 1200).Select(i => $"w{i}"));
        var pdf = PdfOutput.Render(Read($"| Project Area | Funding |\n|:--|--:|\n| {words} | £1 |\n| After | £2 |\n"));
        using var document = PdfOutput.Open(pdf);
        Assert.True(document.NumberOfPages >= 2);
        foreach (var page in document.GetPages())
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.InRange(letter.BoundingBox.Left, Geometry.Left - 0.5, Geometry.Right + 0.5);
                Assert.InRange(page.Height - letter.BoundingBox.Top, Geometry.Top - 1, page.Height);
            }
        // In order, though the row's amount and the repeated header fall between its lines.
        var text = string.Join(' ', PdfOutput.PageTexts(pdf));
        var position = -1;
        foreach (var word in Enumerable.Range(1, 1200).Select(i => $"w{i}"))
        {
            // A line break leaves no space between words in the letter stream: the next character is what tells.
            do position = text.IndexOf(word, position + 1, StringComparison.Ordinal);
            while (position >= 0 && position + word.Length < text.Length && char.IsAsciiDigit(text[position + word.Length]));
            Assert.True(position >= 0, $"'{word}' missing or out of order");
        }
        Assert.Contains("After£2", PdfOutput.WithoutSpaces(text));
    }
}
