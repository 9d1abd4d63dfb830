using System.Text.RegularExpressions;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using ReportGen.Tests.Writers.Pdf;
using Xunit.Abstractions;

namespace ReportGen.Tests.Writers;

/// <summary>
/// LibreOffice lays out our DOCX and our PDF writer lays out the same document: with the same line heights and
/// spacing they start each page at the same line. Read back with pdftotext from both PDFs.
/// </summary>
public class DocxPaginationTests(ITestOutputHelper output)
{
    private sealed record Page(string First, string Second, string Last);

    // Each page's first two and last lines of body text (the footer, "… Page X of Y", left out), spaces collapsed.
    private static List<Page> Pages(string pdf)
    {
        var count = int.Parse(Regex.Match(Programs.Run("pdfinfo", pdf).Stdout, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(1, count).Select(p =>
        {
            var lines = Programs.PdfText(pdf, "-layout", "-f", p.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", p.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Split('\n').Select(l => Regex.Replace(l, @"\s+", " ").Trim()).Where(l => l.Length > 0 && !Regex.IsMatch(l, @"Page \d+ of \d+$")).ToList();
            return new Page(lines[0], lines.Count > 1 ? lines[1] : "", lines[^1]);
        })];
    }

    private static (List<Page> Pdf, List<Page> Docx) Render(Document document)
    {
        using var folder = new TempDir();
        var pdf = folder.File("ours.pdf");
        File.WriteAllBytes(pdf, PdfOutput.Render(document));
        var docx = folder.File("paper.docx");
        File.WriteAllBytes(docx, DocxOutput.Render(document));
        return (Pages(pdf), Pages(Programs.LibreOfficePdf(docx, folder.Path)));
    }

    [ProgramFact("soffice", "pdfinfo", "pdftotext")]
    public void LibreOffice_starts_every_page_of_the_reference_paper_where_our_PDF_does()
    {
        var document = Built.Reference.Document!;
        var headings = Walk(document.Blocks).OfType<Heading>().Select(h => Inlines.PlainText(h.Content)).ToHashSet();
        var (pdf, docx) = Render(document);
        Assert.Equal(pdf.Count, docx.Count);
        for (var p = 0; p < pdf.Count; p++)
        {
            output.WriteLine($"page {p + 1}: PDF “{pdf[p].First}” · DOCX “{docx[p].First}”");
            if (pdf[p].First == docx[p].First) continue;
            // Our PDF's known keep-with-next defect (issue 12, item 3): it can leave a heading alone at the foot of a
            // page, which Word's keep-with-next, here LibreOffice's, carries over. Only that difference is let pass.
            var headingLeftAlone = p > 0 && headings.Contains(pdf[p - 1].Last) && docx[p].First == pdf[p - 1].Last && docx[p].Second == pdf[p].First;
            Assert.True(headingLeftAlone, $"page {p + 1} starts with “{pdf[p].First}” in our PDF but “{docx[p].First}” in LibreOffice's rendering of the DOCX");
            output.WriteLine($"  the PDF leaves the heading “{pdf[p - 1].Last}” alone at the foot of page {p}; LibreOffice keeps it with its paragraph");
        }
    }

    [ProgramFact("soffice", "pdfinfo", "pdftotext")]
    public void LibreOffice_keeps_touching_tables_apart_and_breaks_the_page_before_a_table()
    {
        var (pdf, docx) = Render(DocxStyleTests.TablesTouching());
        Assert.Equal(2, docx.Count);
        Assert.Equal(pdf.Select(p => p.First), docx.Select(p => p.First));
        Assert.Equal("Item Amount", docx[1].First);
    }

    private static IEnumerable<Block> Walk(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            NumberedParagraph n => [b, .. Walk(n.Children)],
            BulletList l => [b, .. Walk(l.Items.SelectMany(i => i.Blocks))],
            _ => new[] { b },
        });
}
