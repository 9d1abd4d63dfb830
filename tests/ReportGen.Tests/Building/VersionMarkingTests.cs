using ReportGen.Building;
using ReportGen.Documents;
using ReportGen.Model;
using ReportGen.Tests.Support;
using ReportGen.Tests.Writers;
using ReportGen.Tests.Writers.Pdf;

namespace ReportGen.Tests.Building;

/// <summary>What marks a paper's version: amendments in the title block, DRAFT on every page, and the rounding note.</summary>
public class VersionMarkingTests
{
    private static BuiltPaper Build(BudgetPaper paper)
    {
        var built = Built.Of(paper);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        return built;
    }

    private static BudgetPaper AmendedDraft => Papers.Reference with
    {
        Report = Papers.Reference.Report with
        {
            Version = "1.1",
            Status = ReportStatus.Draft,
            Amendments = [new Amendment { Version = "1.1", Date = new DateOnly(2022, 3, 25), Description = "Victims Services line for DWP corrected." }],
        },
    };

    [Fact]
    public void Amendments_are_listed_under_the_title()
    {
        var blocks = Build(AmendedDraft).Document!.Blocks;
        var title = blocks.ToList().FindIndex(b => b is Heading { Level: 1 });
        var amendment = Assert.IsType<Paragraph>(blocks[title + 1]);
        Assert.Equal("Amended 25 March 2022 (version 1.1): Victims Services line for DWP corrected.", Inlines.PlainText(amendment.Content));
    }

    [Fact]
    public void A_draft_is_marked_DRAFT_in_the_docx_header_and_on_every_pdf_page()
    {
        var document = Build(AmendedDraft).Document!;
        Assert.True(document.Metadata.IsDraft);
        using var word = DocxOutput.Open(DocxOutput.Render(document));
        Assert.Equal("DRAFT", word.MainDocumentPart!.HeaderParts.Single().Header!.InnerText);
        Assert.Equal("Draft", word.PackageProperties.ContentStatus);
        Assert.All(PdfOutput.PageTexts(PdfOutput.Render(document)), page => Assert.Contains("DRAFT", page));
    }

    [Fact]
    public void A_final_paper_carries_no_draft_mark()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        Assert.Empty(word.MainDocumentPart!.HeaderParts);
        Assert.All(PdfOutput.PageTexts(PdfOutput.Reference), page => Assert.DoesNotContain("DRAFT", page));
    }

    [Fact]
    public void Rounded_rows_that_do_not_add_up_bring_a_rounding_note()
    {
        var paper = Papers.LoadValid(Repo.Fixtures("BadData", "rounded-rows-need-a-note.json")) with { Wording = Papers.Reference.Wording };
        Assert.True(Papers.Figures(paper).NeedsRoundingNote);
        var text = string.Join("\n", Build(paper).Document!.Blocks.OfType<Paragraph>().Select(p => Inlines.PlainText(p.Content)));
        Assert.Contains("Figures are rounded to the nearest £1,000, so the rows may not add up exactly to the total.", text);
        Assert.DoesNotContain("Figures are rounded", DocumentDump.Write(Built.Reference.Document!));
    }
}
