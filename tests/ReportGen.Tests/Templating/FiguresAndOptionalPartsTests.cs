using ReportGen.Documents;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Templates quote computed figures by name — so no number is typed into a paragraph — and test for the optional
/// parts of the data (meeting, author, Plan) before using them.
/// </summary>
public class FiguresAndOptionalPartsTests
{
    private static string Text(ReportGen.Building.BuiltPaper built) =>
        string.Join("\n", built.Document!.Blocks.OfType<NumberedParagraph>().Select(p => Inlines.PlainText(p.Content)));

    [Fact]
    public void Named_figures_print_in_pounds_thousands_millions_and_as_counts()
    {
        using var folder = TemplateFolder.CopyOfShipped();
        folder.Write("paper.sbn", """
            # Figures

            (@) Total {{ figure "total" | money }}; in £000s {{ figure "total" | thousands }}; {{ figure "total" | millions }}.

            (@) Victims {{ figure "programme.victims-services.total" | millions }} from {{ figure "programme.victims-services.lines" | number }} lines; {{ figure "lines" | number }} lines in all.

            (@) DWP {{ figure "line.vs-dwp" | money }}; summary {{ figure "total_thousands" | thousands }}.
            """);
        var built = Built.Of(Papers.Reference, folder.Path);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Equal(
            "Total £11,291,353; in £000s 11,291; £11.29 million.\n" +
            "Victims £5.34 million from 16 lines; 45 lines in all.\n" +
            "DWP £25,000; summary 11,291.", Text(built));
    }

    [Fact]
    public void A_figure_in_another_column_and_the_theme_sign_convention()
    {
        using var folder = TemplateFolder.CopyOfShipped();
        folder.Write("paper.sbn", """
            # Figures

            (@) Change {{ figure "programme.victims-services.difference@change" | money }}; over-programmed by {{ figure "programme.victims-services.difference" | money }}; prior {{ figure "programme.community-safety.total@prior" | money }}; {{ figure "total@change_percent" | money }}.
            """);
        folder.Write("theme.json", folder.Read("theme.json").Replace("\"colours\": {", "\"numbers\": { \"negative\": \"brackets\", \"millions_places\": 1 },\n  \"colours\": {", StringComparison.Ordinal));
        var paper = Papers.LoadValid(Repo.Path("data", "examples", "two-year-budget.json"));
        var built = Built.Of(paper, folder.Path);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Equal("Change (£25,000); over-programmed by (£25,000); prior £974,000; 8.0%.", Text(built));
    }

    [Theory]
    [InlineData("{{ figure \"programme.nope.total\" | money }}", "there is no figure named 'programme.nope.total'. Nearest:")]
    [InlineData("{{ figure \"total@prior\" | money }}", "the paper has no column 'prior'. Columns: amount.")]
    public void An_unknown_figure_is_a_located_template_error(string expression, string message)
    {
        using var folder = TemplateFolder.CopyOfShipped();
        folder.Write("paper.sbn", $"# Figures\n\n(@) Quoted: {expression}.\n");
        var built = Built.Of(Papers.Reference, folder.Path, displayFolder: "templates/x");
        var diagnostic = Assert.Single(built.Diagnostics, d => d.Code == "RG0306");
        Assert.Contains(message, diagnostic.Message);
        Assert.Equal(("templates/x/paper.sbn", 3), (diagnostic.Location.File.Replace('\\', '/'), diagnostic.Location.Line));
        Assert.False(built.Succeeded);
    }

    private static BudgetPaper WithoutOptionalParts => Papers.Reference with
    {
        Meeting = null,
        Plan = null,
        Report = Papers.Reference.Report with { Author = null, Date = new DateOnly(2022, 3, 22) },
    };

    [Fact]
    public void The_board_paper_leaves_out_the_parts_the_data_does_not_have()
    {
        var built = Built.Of(WithoutOptionalParts);
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        var dump = DocumentDump.Write(built.Document!);
        Assert.DoesNotContain("Paragraph.titleblock", dump);
        Assert.DoesNotContain("Paragraph.signature", dump);
        Assert.DoesNotContain("Police and Crime Plan 2021 - 2025", dump);
        // Paragraphs renumber: the Plan paragraph is gone, so the funding summary is now paragraph 3.
        Assert.Contains("Numbered 3 @funding-summary:", dump);
        Assert.Equal("Office of the West Midlands Police and Crime Commissioner", built.Document!.Metadata.Subject);
        Assert.Equal(new DateOnly(2022, 3, 22), built.Document!.Metadata.Date);
    }

    [Fact]
    public void A_template_that_uses_a_part_the_data_lacks_says_what_to_add()
    {
        using var folder = TemplateFolder.CopyOfShipped();
        folder.Write("paper.sbn", "# Meeting\n\n(@) {{ meeting.board }} on {{ meeting.date | british_date }}.\n");
        var built = Built.Of(WithoutOptionalParts, folder.Path, displayFolder: "templates/x");
        var diagnostic = Assert.Single(built.Diagnostics);
        Assert.Equal("RG0305", diagnostic.Code);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.StartsWith("the template uses meeting.board, but the data file has no meeting. Add \"meeting\": {", diagnostic.Message);
    }
}
