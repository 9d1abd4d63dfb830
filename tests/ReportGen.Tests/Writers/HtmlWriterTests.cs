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
    public void A_draft_is_marked_on_the_page() =>
        Assert.Equal("DRAFT", Parse(Built.Reference.Document! with { Metadata = Built.Reference.Document!.Metadata with { IsDraft = true } })
            .QuerySelector(".draft-mark")!.TextContent);
}
