using System.Collections.Immutable;
using ReportGen.Documents;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>The paginator's rules, on synthetic items with 10-point lines on a page whose body holds exactly 10 of them.</summary>
public class PaginatorTests
{
    private static readonly PageGeometry Page = new(Width: 200, Height: 140, Left: 10, Top: 20, Right: 190, Bottom: 120);
    private static readonly TableStyle Style = new("#808080", "#000000", "#D9D9D9", "#F2F2F2", 1, 2, 0.5, 1.5);
    private static readonly FontSpec Font = new("Test", FontStyle.Regular, 8);

    private static Line LineOf(string text) => new([new Segment(text, Font, 0, 10, "#000000", null)], Width: 10, Height: 10, Ascent: 8);

    private static TextItem Text(string name, int lines, bool heading = false) =>
        new([.. Enumerable.Range(1, lines).Select(i => LineOf($"{name}.{i}"))], 0, 0, 0, KeepWithNext: heading);

    /// <summary>The page each drawn text ends up on, by its text.</summary>
    private static Dictionary<string, int> PagesOf(params FlowItem[] items)
    {
        var pages = new Dictionary<string, int>();
        var page = 0;
        foreach (var op in new Paginator(Page, Style).Run(items).Ops)
        {
            if (op is StartPage start) page = start.Number;
            if (op is DrawText text) pages.TryAdd(text.Segment.Text, page);
        }
        return pages;
    }

    [Fact]
    public void A_paragraph_that_fits_stays_on_the_page()
    {
        var pages = PagesOf(Text("a", 4), Text("b", 6));
        Assert.Equal(1, pages["b.6"]);
    }

    [Fact]
    public void A_single_first_line_is_not_left_alone_at_the_foot_of_a_page()
    {
        var pages = PagesOf(Text("a", 9), Text("b", 5));
        Assert.Equal(2, pages["b.1"]);
    }

    [Fact]
    public void A_single_last_line_is_not_left_alone_at_the_head_of_a_page()
    {
        var pages = PagesOf(Text("a", 6), Text("b", 5)); // 4 lines fit: 3 stay, 2 move
        Assert.Equal([1, 1, 1, 2, 2], Enumerable.Range(1, 5).Select(i => pages[$"b.{i}"]));
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var pages = PagesOf(Text("a", 8), Text("H", 1, heading: true), Text("b", 3));
        Assert.Equal(2, pages["H.1"]);
        Assert.Equal(2, pages["b.1"]);
    }

    [Fact]
    public void A_heading_stays_when_the_start_of_what_follows_fits()
    {
        var pages = PagesOf(Text("a", 6), Text("H", 1, heading: true), Text("b", 3));
        Assert.Equal(1, pages["H.1"]);
    }

    [Fact]
    public void A_forced_break_starts_a_page_but_never_an_empty_one()
    {
        var pages = PagesOf(new BreakItem(), Text("a", 1), new BreakItem(), new BreakItem(), Text("b", 1));
        Assert.Equal((1, 2), (pages["a.1"], pages["b.1"]));
    }

    [Fact]
    public void A_table_that_breaks_repeats_its_header_as_an_artifact_and_never_splits_a_row()
    {
        LaidRow Row(string label, bool header = false) => new(RowKind.Item,
            [new LaidCell([LineOf(label)], ColumnAlignment.Left), new LaidCell([LineOf(label + "£")], ColumnAlignment.Right)], 14, header);
        var table = new LaidTable("T", [0, 100], [100, 80], [Row("Head", header: true)], [.. Enumerable.Range(1, 12).Select(i => Row($"r{i}"))]);
        var ops = new Paginator(Page, Style).Run([new TableItem(table, 0, 0)]).Ops;

        var page = 0;
        var artifact = false;
        var drawn = new List<(int Page, string Text, bool Artifact)>();
        foreach (var op in ops)
        {
            if (op is StartPage start) page = start.Number;
            if (op is BeginArtifact) artifact = true;
            if (op is EndArtifact) artifact = false;
            if (op is DrawText text) drawn.Add((page, text.Segment.Text, artifact));
        }
        // 100 points of body: the header and 6 rows of 14 points fit on each page.
        Assert.Equal([(1, false), (2, true)], drawn.Where(d => d.Text == "Head").Select(d => (d.Page, d.Artifact)));
        Assert.All(Enumerable.Range(1, 12), i => Assert.Equal(drawn.Single(d => d.Text == $"r{i}").Page, drawn.Single(d => d.Text == $"r{i}£").Page));
        Assert.Equal(2, drawn.Single(d => d.Text == "r7").Page);
        Assert.Single(ops.OfType<BeginTag>(), t => t.Tag == Tag.Table);
    }

    [Fact]
    public void Tags_labels_and_anchors_go_with_the_content_that_follows_them_onto_its_page()
    {
        var label = new Segment("4.", Font, 0, 8, "#000000", null);
        var ops = new Paginator(Page, Style).Run([Text("a", 10), new MarkItem(new BeginTag(Tag.LI)), new MarkItem(new Anchor(4, double.NaN)),
            new LabelItem(label, 0), Text("b", 2), new MarkItem(new EndTag())]).Ops;
        var afterBreak = ops.SkipWhile(o => o is not StartPage { Number: 2 }).ToList();
        Assert.IsType<BeginTag>(afterBreak[1]);
        Assert.Equal(Page.Top, Assert.IsType<Anchor>(afterBreak[2]).Y);
        var drawnLabel = Assert.IsType<DrawText>(afterBreak[3]);
        Assert.Equal("4.", drawnLabel.Segment.Text);
        Assert.Equal(Page.Top + 8, drawnLabel.Baseline); // on the first line's baseline
    }

    [Fact]
    public void Only_a_row_taller_than_a_page_is_split_between_its_lines()
    {
        var tall = new LaidRow(RowKind.Item,
            [new LaidCell([.. Enumerable.Range(1, 25).Select(i => LineOf($"t{i}"))], ColumnAlignment.Left), new LaidCell([LineOf("£1")], ColumnAlignment.Right)],
            Height: 252, IsHeader: false);
        var header = new LaidRow(RowKind.Item, [new LaidCell([LineOf("Head")], ColumnAlignment.Left), new LaidCell([LineOf("£")], ColumnAlignment.Right)], 12, true);
        var table = new LaidTable("T", [0, 100], [100, 80], [header], [tall]);
        var pages = new Dictionary<string, int>();
        var page = 0;
        foreach (var op in new Paginator(Page, Style).Run([new TableItem(table, 0, 0)]).Ops)
        {
            if (op is StartPage start) page = start.Number;
            if (op is DrawText text) pages.TryAdd(text.Segment.Text, page);
            if (op is DrawText drawn && drawn.Segment.Text.StartsWith('t'))
                Assert.InRange(drawn.Baseline, Page.Top, Page.Bottom);
        }
        // 100 points a page: a 12-point header, then 8 lines of 10 points inside 1-point padding.
        Assert.Equal(1, pages["t8"]);
        Assert.Equal(2, pages["t9"]);
        Assert.Equal(4, pages["t25"]);
        Assert.Equal(1, pages["£1"]);
    }
}
