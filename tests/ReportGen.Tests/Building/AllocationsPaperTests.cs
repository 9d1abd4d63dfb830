using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Tests.Building;

/// <summary>
/// The allocations set's example, built through the CLI with no --templates (its data names the set), read back from
/// every output as the board paper is: figures in their columns, the introduction's computed figures, numbering,
/// fonts, qpdf, and LibreOffice opening the DOCX. The expected figures are worked out by hand, not by the code.
/// </summary>
public sealed class AllocationsPaperTests(AllocationsPaperTests.BuiltOnce built) : IClassFixture<AllocationsPaperTests.BuiltOnce>
{
    /// <summary>The example built once for all the tests here.</summary>
    public sealed class BuiltOnce : IDisposable
    {
        internal TempDir Output { get; } = new();

        public BuiltOnce()
        {
            var run = CliRun.Of("build", Repo.Path("templates", "allocations", "example.json"), "--out", Output.Path);
            Assert.True(run.ExitCode == 0, run.Stderr);
        }

        public void Dispose() => Output.Dispose();
    }

    // The caption names the year too, for a screen reader that lists tables out of context.
    private const string Caption = "Allocations to community safety partnerships, 2023/24";

    // Partnership → 2022/23, 2023/24, change, % change: e.g. Westley (158,000 − 164,000) / 164,000 = −3.66%.
    private static readonly (string Label, string[] Cells)[] Rows =
    [
        ("Eastbridge Community Safety Partnership", ["£212,000", "£218,500", "£6,500", "3.1%"]),
        ("Northam Community Safety Partnership", ["£187,250", "£192,000", "£4,750", "2.5%"]),
        ("Westley Community Safety Partnership", ["£164,000", "£158,000", "−£6,000", "−3.7%"]),
        ("Southport Vale Community Safety Partnership", ["£143,500", "£150,250", "£6,750", "4.7%"]),
        ("Moorland Rural Partnership", ["–", "£42,000", "£42,000", "–"]),
        ("City Centre Night-Time Economy Pilot", ["£35,000", "–", "−£35,000", "−100.0%"]),
        ("Total allocated", ["£741,750", "£760,750", "£19,000", "2.6%"]),
    ];

    // 760,750 to the five partnerships with a 2023/24 amount; 19,000 / 741,750 = 2.56%.
    private const string Introduction = "For 2023/24 the Commissioner has allocated £760,750 to 5 recipients, a change of £19,000 (2.6%) on 2022/23.";

    private string File(string extension) => built.Output.File("allocations-2023-24" + extension);

    [Fact]
    public void Every_figure_is_in_its_column_in_the_HTML_and_the_DOCX()
    {
        foreach (var tables in new[] { TablesReadBack.Html(File(".html")), TablesReadBack.Docx(File(".docx")) })
        {
            var table = tables.Single(t => t.Caption == Caption).Rows;
            Assert.Equal(["Partnership", "2022/23", "2023/24", "Change", "% change"], table[0]);
            Assert.Equal(Rows.Length + 1, table.Count);
            foreach (var (label, cells) in Rows)
                Assert.Equal(cells, TablesReadBack.Row(table, label)[1..]);
        }
    }

    [ProgramFact("pdftotext")]
    public void The_pdf_prints_every_row_and_the_introduction_s_computed_figures_in_numbered_paragraphs()
    {
        var text = Programs.PdfText(File(".pdf"), "-layout");
        foreach (var (label, cells) in Rows)
            Assert.Matches("(?m)^ *" + Regex.Escape(label) + " +" + string.Join(" +", cells.Select(Regex.Escape)) + " *$", text);
        var flowing = Regex.Replace(Programs.PdfText(File(".pdf")), @"\s+", " ");
        Assert.Contains(Introduction, flowing, StringComparison.Ordinal);
        // Four numbered paragraphs, 1 to 4, running on past the table into the notes.
        Assert.Equal(["1.", "2.", "3.", "4."], Regex.Matches(text, @"(?m)^(\d+)\. ").Select(m => m.Groups[1].Value + "."));
    }

    [Fact]
    public void The_docx_numbers_its_paragraphs_with_one_list_and_says_what_the_pdf_says()
    {
        using var document = WordprocessingDocument.Open(File(".docx"), isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var numbered = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "NumberedParagraph").ToList();
        Assert.Equal(4, numbered.Count);
        Assert.StartsWith(Introduction, numbered[0].InnerText, StringComparison.Ordinal);
        Assert.Equal("Community Safety Fund allocations 2023/24", document.PackageProperties.Title);
    }

    [ProgramFact("pdffonts", "qpdf")]
    public void The_pdf_embeds_every_font_with_unicode_and_qpdf_finds_nothing_wrong()
    {
        var fonts = Programs.Run("pdffonts", File(".pdf")).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@" yes +yes +yes +\d+ +\d+ *$", f));
        var qpdf = Programs.Run("qpdf", "--check", File(".pdf"));
        Assert.True(qpdf.ExitCode == 0, qpdf.Stdout + qpdf.Stderr);
    }

    [ProgramFact("soffice", "pdftotext")]
    public void LibreOffice_opens_the_docx_and_prints_the_same_table_on_one_page()
    {
        using var folder = new TempDir();
        var docx = folder.File("allocations.docx");
        System.IO.File.Copy(File(".docx"), docx);
        var pdf = Programs.LibreOfficePdf(docx, folder.Path);
        var text = Programs.PdfText(pdf, "-layout");
        Assert.Single(text.TrimEnd('\f').Split('\f'));
        foreach (var (label, cells) in Rows)
            Assert.Matches(Regex.Escape(label) + " +" + string.Join(" +", cells.Select(Regex.Escape)), text);
    }
}
