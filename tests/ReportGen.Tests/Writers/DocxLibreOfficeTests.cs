using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Writers;

/// <summary>LibreOffice — a reader no one here wrote — opens the DOCX and prints it to PDF; pdftotext reads that back.</summary>
public class DocxLibreOfficeTests
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var folder = new TempDir();
        var docx = folder.File("paper.docx");
        File.WriteAllBytes(docx, DocxOutput.Reference);
        return Programs.PdfText(Programs.LibreOfficePdf(docx, folder.Path));
    });

    [ProgramFact("soffice", "pdftotext")]
    public void LibreOffice_numbers_the_paragraphs_1_to_12()
    {
        foreach (var n in Enumerable.Range(1, 12))
            Assert.Matches(new Regex($@"(?m)^{n}\.\s"), Text.Value);
        Assert.DoesNotMatch(new Regex(@"(?m)^13\.\s"), Text.Value);
    }

    [ProgramFact("soffice", "pdftotext")]
    public void LibreOffice_shows_every_amount() =>
        Assert.All(ReferenceAmounts.OfReference(), amount => Assert.Contains(amount, Text.Value));

    [ProgramFact("soffice", "pdftotext")]
    public void LibreOffice_resolves_the_cross_reference_and_the_page_footer()
    {
        Assert.Contains("included in paragraph 4 of this report", Regex.Replace(Text.Value, @"\s+", " "));
        Assert.Matches(@"Page 1 of \d+", Text.Value);
        Assert.Contains("External Commissioning Budget 2022/23", Text.Value);
    }
}
