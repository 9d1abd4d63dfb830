using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using ReportGen.Writers.Html;
using Document = ReportGen.Documents.Document;
using Paragraph = ReportGen.Documents.Paragraph;
using Text = ReportGen.Documents.Text;

namespace ReportGen.Tests.Writers;

/// <summary>The HTML page parsed back with AngleSharp: structure, accessibility and escaping.</summary>
public class HtmlWriterTests
{
    private static readonly Lazy<IDocument> Reference = new(() => Parse(Built.Reference.Document!));

    internal static string Render(Document document)
    {
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, Built.Reference.Theme!, stream, new DiagnosticBag());
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IDocument Parse(Document document) => new HtmlParser().ParseDocument(Render(document));

    [Fact]
    public void The_page_declares_its_language_title_and_metadata()
    {
        var page = Reference.Value;
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("OPCC External Commissioning Budget 2022/23", page.Title);
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal("2022-03-22", page.QuerySelector("meta[name='dcterms.date']")!.GetAttribute("content"));
    }

    [Fact]
    public void Headings_are_h1_to_h3_in_order_with_one_h1()
    {
        var page = Reference.Value;
        Assert.Single(page.QuerySelectorAll("h1"));
        var h2 = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal("PURPOSE OF REPORT", h2[0]);
        Assert.Equal("Appendix B – Funding Streams", h2[^1]);
        Assert.Contains("Victims Services", page.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Empty(page.QuerySelectorAll("h4, h5, h6"));
    }

    [Fact]
    public void Numbered_paragraphs_are_list_items_with_explicit_numbers_1_to_12()
    {
        var items = Reference.Value.QuerySelectorAll("ol.numbered > li");
        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString()), items.Select(li => li.GetAttribute("value")));
        Assert.Equal("#paragraph-4", items[8].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("4", items[8].QuerySelector("a")!.TextContent);
        Assert.Equal(12, items[2].QuerySelectorAll("ul > li").Length);
    }

    [Fact]
    public void Tables_have_captions_column_and_row_headers_and_right_aligned_money()
    {
        var tables = Reference.Value.QuerySelectorAll("table");
        Assert.Equal(5, tables.Length);
        foreach (var table in tables)
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.Children[0].GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Contains("num", tr.Children[^1].ClassList));
        }
        var cs = tables[2];
        var subtotal = cs.QuerySelector("tr.subtotal")!;
        Assert.Equal(["Sub-Total", "£2,091,893"], subtotal.Children.Select(c => c.TextContent));
        Assert.Equal("£3,863,303", cs.QuerySelectorAll("tr.total").Last().Children[1].TextContent);
        Assert.Equal(2, cs.QuerySelectorAll("tr.group").Length);
    }

    [Fact]
    public void The_page_is_self_contained_and_has_no_scripts()
    {
        var page = Reference.Value;
        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.All(page.QuerySelectorAll("[src]"), e => Assert.Fail($"{e.TagName} loads {e.GetAttribute("src")}"));
        Assert.All(page.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains("@media print", page.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Hostile_data_prints_literally_and_injects_nothing()
    {
        var page = Parse(Hostile.Build().Document!);
        Assert.Empty(page.QuerySelectorAll("script, b"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        var cells = page.QuerySelectorAll("table")[2].QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(Hostile.Label, cells[0]);
        Assert.Equal(Hostile.Label, cells[1]);
        Assert.Equal(Hostile.Objective, page.QuerySelectorAll("ol.numbered > li")[2].QuerySelector("ul > li")!.TextContent);
    }

    [Fact]
    public void A_link_to_a_script_is_printed_as_text()
    {
        var document = Built.Reference.Document! with
        {
            Blocks = [new Paragraph([new Link("javascript:alert(1)", [new Text("click")]), new Link("https://example.org/", [new Text("ok")])])],
        };
        var links = Parse(document).QuerySelectorAll("main a");
        Assert.Equal("https://example.org/", Assert.Single(links).GetAttribute("href"));
    }

    [Fact]
    public void A_draft_carries_its_marks_at_the_top_and_its_version_note_in_the_footer_and_meta()
    {
        var metadata = Built.Reference.Document!.Metadata with
        {
            IsDraft = true, Version = "1.1", Modified = new DateOnly(2022, 4, 5),
            VersionNote = "Draft 1.1, amended 5 April 2022", PageMarks = ["NOT FOR PUBLICATION"],
        };
        var page = Parse(Built.Reference.Document! with { Metadata = metadata });
        Assert.Equal("DRAFT · NOT FOR PUBLICATION", page.QuerySelector("body > header > .page-marks")!.TextContent);
        Assert.Equal("External Commissioning Budget 2022/23 · Draft 1.1, amended 5 April 2022", page.QuerySelector("body > footer")!.TextContent.Trim());
        Assert.Equal("1.1", page.QuerySelector("meta[name='version']")!.GetAttribute("content"));
        Assert.Equal("Draft", page.QuerySelector("meta[name='status']")!.GetAttribute("content"));
        Assert.Equal("2022-04-05", page.QuerySelector("meta[name='dcterms.modified']")!.GetAttribute("content"));
        Assert.Equal("2022-03-22", page.QuerySelector("meta[name='dcterms.date']")!.GetAttribute("content"));
    }

    [Fact]
    public void The_footer_of_a_first_final_version_says_what_the_printed_footer_says_less_the_page_numbers()
    {
        Assert.Equal("External Commissioning Budget 2022/23 · Version 1.0, correcting figures as published", Reference.Value.QuerySelector("body > footer")!.TextContent.Trim());
        var page = Parse(Built.Reference.Document! with { Metadata = Built.Reference.Document!.Metadata with { VersionNote = null } });
        Assert.Null(page.QuerySelector("body > header"));
        Assert.Equal("External Commissioning Budget 2022/23", page.QuerySelector("body > footer")!.TextContent.Trim());
        Assert.Equal("Final", page.QuerySelector("meta[name='status']")!.GetAttribute("content"));
    }

    [Fact]
    public void Columns_are_split_as_in_print_and_a_blank_column_heading_has_a_hidden_name()
    {
        var tables = Reference.Value.QuerySelectorAll("table");
        var theme = Built.Reference.Theme!;
        var model = Built.Reference.Document!.Blocks.OfType<Table>().ToList();
        for (var t = 0; t < tables.Length; t++)
        {
            var print = ReportGen.Writers.PrintedColumns.Widths(model[t], theme, ReportGen.Writers.PrintedColumns.TextWidth(theme.Page));
            var shares = tables[t].QuerySelectorAll("colgroup > col").Select(c => double.Parse(c.GetAttribute("style")!.Replace("width: ", "").TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(print.Select(w => Math.Round(100 * w / print.Sum(), 2)), shares);
        }
        var blank = tables[1].QuerySelector("thead th")!;
        Assert.Equal("Active Citizens (POCA)", blank.QuerySelector("span.visually-hidden")!.TextContent);
    }

    [Fact]
    public void Characters_HTML_cannot_carry_are_replaced_and_reported_and_the_page_is_valid_UTF8()
    {
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream();
        new HtmlWriter().Write(DocxRobustnessTests.WithForbiddenCharacters(), Built.Reference.Theme!, stream, diagnostics);
        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray());
        Assert.DoesNotContain(text, c => c is < ' ' and not ('\n' or '\t' or '\r') || char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c));
        Assert.Contains("Bell \uFFFD and \uFFFD and a lone \uFFFD surrogate; a pair 😀 stays.", text);
        Assert.Contains(diagnostics.Items, d => d.Code == "RG0620" && d.Message.StartsWith("the paragraph “Bell", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == "RG0620" && d.Message.StartsWith("the metadata's title", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_with_no_host_or_a_quote_are_written_encoded()
    {
        var document = Built.Reference.Document! with
        {
            Blocks = [new Paragraph([new Link("https://", [new Text("empty")]), new Link("mailto:a\"b@example.org", [new Text("mail")])])],
        };
        var links = Parse(document).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://", "mailto:a\"b@example.org"], links);
    }
}
