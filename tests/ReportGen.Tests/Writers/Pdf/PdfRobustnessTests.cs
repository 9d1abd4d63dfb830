using System.Text.Json.Nodes;
using ReportGen.Cli;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using ReportGen.Writers.Pdf.Layout;
using Paragraph = ReportGen.Documents.Paragraph;
using Table = ReportGen.Documents.Table;
using TableRow = ReportGen.Documents.TableRow;
using TableCell = ReportGen.Documents.TableCell;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>Hostile text, sizes and themes (issue 10): warnings naming what could not be done, never an exception or a hang.</summary>
public class PdfRobustnessTests
{
    private static readonly PageGeometry Geometry = PageGeometry.From(PdfOutput.Theme);
    private static readonly DocumentMetadata Metadata = Built.Reference.Document!.Metadata;

    private static Document With(params Block[] blocks) => new(Metadata, [.. blocks]);

    private static Table TableOf(string heading, string cell) =>
        new("Hostile", [ColumnAlignment.Left, ColumnAlignment.Right],
            [new TableRow(RowKind.Item, [new TableCell([new Text(heading)]), new TableCell([new Text("Funding")])])],
            [new TableRow(RowKind.Item, [new TableCell([new Text(cell)]), new TableCell([new Text("£1")])])]);

    private static (byte[] Pdf, List<Diagnostic> Diagnostics) Render(Document document, ReportGen.Theming.Theme? theme = null)
    {
        var diagnostics = new DiagnosticBag();
        var pdf = PdfOutput.Render(document, diagnostics, theme);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (pdf, diagnostics.Items.ToList());
    }

    [Fact]
    public void Characters_a_pdf_cannot_carry_anywhere_in_the_document_are_warnings_and_the_file_is_sound()
    {
        var bad = "Bad \u0001 \u0008 \u000B \uFFFE \uFFFF" + '\uD800' + " \u2028 end";
        var document = new Document(Metadata with { Title = bad, FooterTitle = bad, Keywords = [bad], PageMarks = [bad], VersionNote = bad },
            [new Heading(2, [new Text(bad)], "h"), new Paragraph([new Text(bad)]), TableOf(bad, bad)]);
        var (pdf, diagnostics) = Render(document);
        Assert.Contains(diagnostics, d => d.Code == "RG0604" && d.Message.Contains("U+0001", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == "RG0604" && d.Message.Contains("surrogate", StringComparison.Ordinal));
        using var read = PdfOutput.Open(pdf);
        Assert.Contains("Bad", read.GetPage(1).Text);
        PdfMetadataReader.Parse(pdf); // well-formed
    }

    [Theory]
    [InlineData("المنحة السنوية للضحايا")]
    [InlineData("מענק שנתי לנפגעים")]
    public void Right_to_left_text_is_printed_with_a_warning_naming_it(string text)
    {
        var (pdf, diagnostics) = Render(With(new Paragraph([new Text("Grant: " + text)])));
        var warning = Assert.Single(diagnostics, d => d.Code == "RG0603");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(text, warning.Message);
        Assert.NotEmpty(pdf);
    }

    [Fact]
    public void An_unbroken_column_heading_and_an_emoji_run_wider_than_their_cells_break_between_clusters()
    {
        var heading = new string('W', 3000);
        var emoji = string.Concat(Enumerable.Repeat("👩‍👩‍👧🇬🇧😀", 40));
        var (pdf, diagnostics) = Render(With(TableOf(heading, emoji)));
        using var read = PdfOutput.Open(pdf);
        var text = string.Concat(read.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Equal(3000, text.Count(c => c == 'W'));
        // The theme's fonts have no emoji: reported, and the conformance claim withheld — but never split inside a pair
        // (TextLayoutTests checks the clusters; here the whole writer must not throw).
        Assert.Contains(diagnostics, d => d.Code == "RG0602");
        Assert.Contains(diagnostics, d => d.Code == "RG0608");
    }

    [Fact]
    public void A_column_heading_taller_than_the_page_ends_with_a_warning_instead_of_looping()
    {
        var heading = string.Join(' ', Enumerable.Repeat("Heading", 2500));
        var (pdf, diagnostics) = Render(With(TableOf(heading, "Row")));
        Assert.Contains(diagnostics, d => d.Code == "RG0605" && d.Message.Contains("Hostile", StringComparison.Ordinal));
        using var read = PdfOutput.Open(pdf);
        Assert.InRange(read.NumberOfPages, 2, 10);
        Assert.Contains("Row£1", PdfOutput.WithoutSpaces(string.Concat(read.GetPages().Last().Letters.Select(l => l.Value))));
    }

    [Theory]
    [InlineData(10, 297, "width_mm")]
    [InlineData(1e308, 297, "width_mm")]
    [InlineData(-5, 297, "width_mm")]
    [InlineData(210, 40, "margin_top_mm")]
    public void A_theme_page_no_pdf_can_have_or_smaller_than_its_margins_is_made_usable_with_a_warning(double width, double height, string named)
    {
        var theme = PdfOutput.Theme with { Page = PdfOutput.Theme.Page with { WidthMm = width, HeightMm = height } };
        var (pdf, diagnostics) = Render(Built.Reference.Document!, theme);
        var warning = Assert.Single(diagnostics, d => d.Code == "RG0606" && d.Message.Contains(named, StringComparison.Ordinal));
        Assert.Equal("theme.json", warning.Location.File);
        using var read = PdfOutput.Open(pdf);
        Assert.All(read.GetPages(), p => Assert.InRange(p.Width, 144, 14400));
        Assert.InRange(read.NumberOfPages, 1, 400);
    }

    [Fact]
    public void A_colour_that_is_not_hex_is_a_warning_not_a_crash()
    {
        var theme = PdfOutput.Theme with { Colours = PdfOutput.Theme.Colours with { Text = "red", Link = "" } };
        var (_, diagnostics) = Render(Built.Reference.Document!, theme);
        Assert.Contains(diagnostics, d => d.Code == "RG0606" && d.Message.Contains("colours.text \"red\"", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == "RG0606" && d.Message.Contains("colours.link", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_title_over_110_characters_is_cut_with_an_ellipsis_clear_of_the_page_number()
    {
        using var output = new TempDir();
        var data = JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!;
        var title = string.Join(' ', Enumerable.Repeat("External Commissioning Budget", 6)) + " 2022/23 END";
        data["report"]!["short_title"] = title;
        var path = output.File("long-title.json");
        File.WriteAllText(path, data.ToJsonString());

        var run = CliRun.Of("build", path, "--out", output.Path, "--format", "pdf", "--templates", Built.Templates);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("warning RG0607", run.Stderr);
        using var pdf = PdfOutput.Open(File.ReadAllBytes(Directory.GetFiles(output.Path, "*.pdf").Single()));
        foreach (var page in pdf.GetPages())
        {
            var footer = page.GetWords().Where(w => page.Height - w.BoundingBox.Top > Geometry.Bottom).ToList();
            var pageWord = footer.Single(w => w.Text == "Page");
            Assert.All(footer.TakeWhile(w => w != pageWord), w => Assert.True(w.BoundingBox.Right < pageWord.BoundingBox.Left - 5, $"'{w.Text}' runs into 'Page'"));
            Assert.EndsWith("…", footer[footer.IndexOf(pageWord) - 1].Text);
            Assert.DoesNotContain(footer, w => w.Text == "END");
        }
    }

    [ProgramFact("qpdf")]
    public void Through_the_command_line_a_huge_label_gives_a_sound_pdf_and_an_unusable_theme_page_is_refused_before_it()
    {
        using var output = new TempDir();
        using var templates = TemplateFolder.CopyOfShipped();
        var data = JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!;
        data["programmes"]![1]!["appendix"]!["label_column"] = new string('x', 20_000);
        var path = output.File("hostile.json");
        File.WriteAllText(path, data.ToJsonString());

        var run = CliRun.Of("build", path, "--out", output.Path, "--format", "pdf", "--templates", templates.Path);
        Assert.True(run.ExitCode == ExitCodes.Success, run.Stderr);
        var file = Directory.GetFiles(output.Path, "*.pdf").Single();
        var check = Programs.Run("qpdf", "--check", file);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);

        // A page no paper can have is caught with the theme, before the writer (whose own defence is tested above).
        var theme = JsonNode.Parse(templates.Read("theme.json"))!;
        theme["page"]!["height_mm"] = 30;
        templates.Write("theme.json", theme.ToJsonString());
        var refused = CliRun.Of("build", path, "--out", output.File("refused"), "--format", "pdf", "--templates", templates.Path);
        Assert.Equal(ExitCodes.TemplateErrors, refused.ExitCode);
        Assert.Contains("error RG0325: 30 mm is out of range: use 74 to 1189 mm. [$.page.height_mm]", refused.Stderr);
    }
}
