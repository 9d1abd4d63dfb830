using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Governance;

/// <summary>
/// Issue 11, point 7, through the CLI: the public edition of data/examples/exempt-paper.json carries no exempt
/// string in any byte of any output or the manifest, prints the set's placeholders, and keeps in its totals what the
/// data counts; the full edition carries every one of those strings (so the search can fail) and is marked not for
/// publication on every page and in its file names.
/// </summary>
public class ExemptInformationTests(ExemptEditions editions) : IClassFixture<ExemptEditions>
{
    private const string Paragraph3 = "Exempt information: paragraph 3 of Schedule 12A to the Local Government Act 1972";
    private const string Paragraph1 = "Exempt information: paragraph 1 of Schedule 12A to the Local Government Act 1972";

    /// <summary>What the example marks exempt, and figures that would give an amount kept out of totals away.</summary>
    public static readonly string[] ExemptStrings =
    [
        // An exempt line still counted in totals: its label and amount.
        "Larkspur Advocacy helpline contract", "47,207",
        // An exempt line and its grant, both kept out of totals ("in_totals": false).
        "Kestrel House witness relocation", "Kestrel House relocation grant", "23,817",
        // Totals with Kestrel House in them, and the published total (which has it): each would give £23,817 away.
        "3,695,537", "5,364,867", "5,365", "11,315", "11,303",
        // Exempt wording (funding_mix).
        "Marchwood Foundation",
        // The exempt External Commissioning programme: its funding stream, lines, amounts and totals.
        "Quenby Trust", "Naloxone for WMP officers", "Coventry SAC Project", "Youth Commissioners", "C/fwd 21-22 External Fund",
        "43,250", "89,200", "44,600", "150,050", "1,837,050", "1,687,000", "1,687",
        // The exempt Appendix B.
        "financed from monies recovered", "Violence Reduction Unit Funding",
    ];

    [Fact]
    public void Validate_accepts_the_example()
    {
        var run = RealProcess.Run(["validate", ExemptEditions.Data]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("0 error(s)", run.Stderr);
    }

    [ProgramFact("qpdf", "pdftotext", "pdfinfo")]
    public void No_byte_of_the_public_edition_or_its_manifest_carries_an_exempt_string()
    {
        var parts = editions.Public.AllParts.ToList();
        Assert.Contains(parts, p => p.Where == "DOCX docProps/core.xml");
        Assert.Contains(parts, p => p.Where == "PDF XMP (pdfinfo -meta)" && p.Text.Contains("xmpmeta", StringComparison.Ordinal));
        var hits = ExemptStrings.SelectMany(needle => OutputText.Hits(parts, needle).Select(where => $"'{needle}' in {where}")).ToList();
        Assert.True(hits.Count == 0, "exempt information in the public edition:\n" + string.Join("\n", hits));
    }

    [ProgramFact("qpdf", "pdftotext", "pdfinfo")]
    public void The_full_edition_carries_every_exempt_string_in_each_format_so_the_search_can_fail()
    {
        var full = editions.Full;
        foreach (var (format, parts) in new[] { ("PDF", full.PdfParts), ("DOCX", full.DocxParts), ("HTML", full.Html) })
        {
            var missing = ExemptStrings.Where(needle => !OutputText.Hits(parts, needle).Any()).ToList();
            Assert.True(missing.Count == 0, $"{format} of the full edition lacks: {string.Join(", ", missing)}");
        }
        // The PDF's object strings are searched too, not only its text: Appendix B's bookmark is found there.
        Assert.Contains("PDF object strings", OutputText.Hits(full.PdfParts, "Violence Reduction Unit Funding"));
    }

    [ProgramFact("pdftotext")]
    public void The_public_edition_prints_the_sets_placeholders_in_every_format_and_the_full_one_none()
    {
        var docx = DocumentText(editions.Public.File(".docx"));
        var html = OutputText.Joined(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(editions.Public.File(".html"))).Body!.TextContent);
        foreach (var (format, text) in new[] { ("PDF", editions.Public.PdfText), ("DOCX", docx), ("HTML", html) })
        {
            // The wording, the programme's table, the Larkspur line, the Kestrel House line and its grant.
            Assert.True(Count(text, Paragraph3) == 5, $"{format}: {Count(text, Paragraph3)} × '{Paragraph3}'");
            Assert.True(Count(text, Paragraph1) == 1, $"{format}: Appendix B's placeholder");
        }
        Assert.DoesNotContain("Exempt information", editions.Full.PdfText);
        Assert.DoesNotContain("Exempt information", DocumentText(editions.Full.File(".docx")));
    }

    [ProgramFact("pdftotext")]
    public void A_withheld_programme_takes_one_line_under_the_table_before_it_not_a_page_of_its_own()
    {
        // The data starts External Commissioning's table on a new page; withheld, it is one placeholder line, which
        // would have left a page all but empty.
        var pages = Programs.PdfText(editions.Public.File(".pdf")).Split('\f');
        var page = Assert.Single(pages, p => p.Contains("External Commissioning\nExempt information", StringComparison.Ordinal));
        Assert.Contains("Funding Available 2022/23", page, StringComparison.Ordinal);
    }

    [ProgramFact("pdftotext")]
    public void Public_totals_keep_the_exempt_amounts_the_data_counts_and_leave_out_those_it_does_not()
    {
        var (full, open) = (editions.Full.PdfText, editions.Public.PdfText);
        // Victims Services' lines add up to £3,695,537 with both exempt lines; the public edition leaves out only
        // Kestrel House's £23,817 (in_totals false), and keeps Larkspur's £47,207 (3,671,720 − 47,207 = 3,624,513).
        Assert.Contains("Total Allocated to Projects £3,695,537", full);
        Assert.Contains("Total Allocated to Projects £3,671,720", open);
        Assert.Contains("Total Funding Available 2022/23 £3,671,720", open);
        Assert.DoesNotContain("3,624,513", open);
        // The funding summary: 11,315,170 less £23,817 is 11,291,353. External Commissioning's row is withheld but its
        // 1,687 is still in the total: the printed rows 400 + 3,863 + 5,341 come to 9,604.
        Assert.Matches(@"Victims Services +Specific Grant +5,365\n *Total +11,315\n", Programs.PdfText(editions.Full.File(".pdf"), "-layout"));
        Assert.Matches(@"External Commissioning +Exempt information\n *Victims Services +Specific Grant +5,341\n *Total +11,291\n",
            Programs.PdfText(editions.Public.File(".pdf"), "-layout"));
        // The published total (11,303) has Kestrel House in it: beside the public total, its correction note would be false.
        Assert.Contains("Correction: the published paper printed Total as 11,303; its rows add up to 11,315", full);
        Assert.DoesNotContain("Correction:", open);
    }

    [ProgramFact("pdftotext", "pdfinfo")]
    public void The_full_edition_is_marked_not_for_publication_on_every_page_and_in_its_file_names()
    {
        const string Mark = "NOT FOR PUBLICATION";
        var full = editions.Full;
        foreach (var extension in new[] { ".pdf", ".docx", ".html", ".manifest.json" })
        {
            Assert.EndsWith("-not-for-publication" + extension, full.File(extension));
            Assert.DoesNotContain("not-for-publication", editions.Public.File(extension));
        }
        var pages = Programs.PdfText(full.File(".pdf")).Split('\f')[..^1];
        Assert.Equal(PageCount(full.File(".pdf")), pages.Length);
        Assert.All(pages, page => Assert.Contains(Mark, page));
        Assert.DoesNotContain(Mark, editions.Public.PdfText);

        using (var word = WordprocessingDocument.Open(full.File(".docx"), false))
        {
            var main = word.MainDocumentPart!;
            // One section, its default header the mark, no different first or even pages to leave it out.
            var section = Assert.Single(main.Document.Body!.Descendants<SectionProperties>());
            var header = Assert.Single(section.Elements<HeaderReference>());
            Assert.Equal(HeaderFooterValues.Default, header.Type!.Value);
            Assert.Equal(Mark, ((HeaderPart)main.GetPartById(header.Id!)).Header!.InnerText);
            Assert.Empty(section.Elements<TitlePage>());
            Assert.Empty(main.DocumentSettingsPart?.Settings?.Elements<EvenAndOddHeaders>() ?? []);
        }
        using (var word = WordprocessingDocument.Open(editions.Public.File(".docx"), false))
            Assert.Empty(word.MainDocumentPart!.HeaderParts);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(full.File(".html")));
        Assert.Equal(Mark, page.QuerySelector("body .page-marks")!.TextContent);
        Assert.True(page.QuerySelector("body .page-marks")!.CompareDocumentPosition(page.QuerySelector("h1")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following),
            "the mark comes before the title");
        Assert.DoesNotContain(Mark, File.ReadAllText(editions.Public.File(".html")));
    }

    private static int PageCount(string pdf) =>
        int.Parse(Regex.Match(Programs.Run("pdfinfo", pdf).Stdout, @"^Pages:\s+(\d+)", RegexOptions.Multiline).Groups[1].Value);

    private static string DocumentText(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, false);
        return OutputText.Joined(string.Join(" ", word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)));
    }

    private static int Count(string text, string phrase) => Regex.Matches(text, Regex.Escape(phrase)).Count;
}
