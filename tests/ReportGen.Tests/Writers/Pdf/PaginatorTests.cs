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

    private static Line LineOf(string text, double height = 10) => new([new Segment(text, Font, 0, 10, "#000000", null)], Width: 10, Height: height, Ascent: height * 0.8);

    private static LaidRow Row(string label, bool header = false, double height = 14) => new(RowKind.Item,
        [new LaidCell([LineOf(label)], ColumnAlignment.Left), new LaidCell([LineOf(label + "£")], ColumnAlignment.Right)], height, header);

    /// <summary>Each drawn text with its page and whether it is an artifact.</summary>
    private static List<(int Page, string Text, bool Artifact)> Drawn(LaidOutDocument laidOut)
    {
        var page = 0;
        var artifact = false;
        var drawn = new List<(int, string, bool)>();
        foreach (var op in laidOut.Ops)
        {
            if (op is StartPage start) page = start.Number;
            if (op is BeginArtifact) artifact = true;
            if (op is EndArtifact) artifact = false;
            if (op is DrawText text) drawn.Add((page, text.Segment.Text, artifact));
        }
        return drawn;
    }

    private static TextItem Text(string name, int lines, bool heading = false, double after = 0) =>
        new([.. Enumerable.Range(1, lines).Select(i => LineOf($"{name}.{i}"))], 0, 0, after, KeepWithNext: heading);

    /// <summary>The page each drawn text ends up on, by its text.</summary>
    private static Dictionary<string, int> PagesOf(params FlowItem[] items) => PagesOf(new Paginator(Page, Style), items);

    private static Dictionary<string, int> PagesOf(Paginator paginator, params FlowItem[] items)
    {
        var pages = new Dictionary<string, int>();
        var page = 0;
        foreach (var op in paginator.Run(items).Ops)
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

    // A heading of one 10-point line with 5 points after it, then two lines: 35 points, placed after a
    // 6-line paragraph whose space after is 5 ± 1, so that together they end exactly at, 1 point above or
    // 1 point below the foot of the body (20 + 60 + 5 + 35 = 120).
    [Theory]
    [InlineData(4, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    public void A_heading_keeps_its_own_space_after_and_two_lines_with_it_to_the_point(double spaceAbove, int headingPage)
    {
        var pages = PagesOf(Text("a", 6, after: spaceAbove), Text("H", 1, heading: true, after: 5), Text("b", 4));
        Assert.Equal(headingPage, pages["H.1"]);
        Assert.Equal(headingPage, pages["b.1"]);
        Assert.Equal(headingPage, pages["b.2"]);
    }

    [Fact]
    public void A_chain_of_headings_moves_together_with_the_start_of_the_paragraph_after_it()
    {
        var pages = PagesOf(Text("a", 7), Text("H2", 1, heading: true), Text("H3", 1, heading: true), Text("b", 4));
        Assert.Equal([2, 2, 2], new[] { pages["H2.1"], pages["H3.1"], pages["b.1"] });
    }

    [Fact]
    public void A_three_line_paragraph_that_cannot_split_without_a_widow_or_orphan_moves_whole()
    {
        var pages = PagesOf(Text("a", 8), Text("b", 3)); // 2 lines fit: 1 + 2 leaves an orphan, 2 + 1 a widow
        Assert.Equal([2, 2, 2], Enumerable.Range(1, 3).Select(i => pages[$"b.{i}"]));
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

    [Fact]
    public void A_column_heading_taller_than_the_page_is_printed_once_across_pages_with_a_warning_and_the_table_ends()
    {
        // 25 heading lines of 10 points against a 100-point body.
        var header = new LaidRow(RowKind.Item, [new LaidCell([.. Enumerable.Range(1, 25).Select(i => LineOf($"h{i}"))], ColumnAlignment.Left),
            new LaidCell([LineOf("£")], ColumnAlignment.Right)], 252, IsHeader: true);
        var table = new LaidTable(null, [0, 100], [100, 80], [header], [.. Enumerable.Range(1, 30).Select(i => Row($"r{i}"))]);
        var warnings = new LayoutWarnings();
        var laidOut = new Paginator(Page, Style, warnings).Run([new TableItem(table, 0, 0)]);

        var drawn = Drawn(laidOut);
        Assert.All(Enumerable.Range(1, 25), i => Assert.Single(drawn, d => d.Text == $"h{i}"));
        Assert.All(Enumerable.Range(1, 30), i => Assert.Single(drawn, d => d.Text == $"r{i}"));
        Assert.InRange(laidOut.PageCount, 4, 9); // 3 pages of heading, then 6 or 7 rows a page
        var warning = Assert.Single(warnings.All());
        Assert.Equal("RG0605", warning.Code);
        Assert.Contains("\"h1\"", warning.Message);
    }

    [Fact]
    public void The_parts_of_a_row_split_across_pages_are_one_row_and_one_cell_each_in_the_structure()
    {
        var tall = new LaidRow(RowKind.Item, [new LaidCell([.. Enumerable.Range(1, 25).Select(i => LineOf($"t{i}"))], ColumnAlignment.Left),
            new LaidCell([LineOf("£1")], ColumnAlignment.Right)], 252, IsHeader: false);
        var table = new LaidTable("T", [0, 100], [100, 80], [Row("Head", header: true, height: 12)], [tall]);
        var tags = new Paginator(Page, Style).Run([new TableItem(table, 0, 0)]).Ops.OfType<BeginTag>().ToList();
        var rows = tags.Where(t => t.Tag == Tag.TR).ToList();
        Assert.Equal(5, rows.Count); // the header, then the tall row in four parts: 8 + 8 + 8 + 1 lines
        Assert.Null(rows[0].Key);
        Assert.Single(rows.Skip(1).Select(r => r.Key).Distinct());
        Assert.NotNull(rows[1].Key);
        Assert.Equal(2, tags.Where(t => t.Tag is Tag.TH or Tag.TD && t.Key is not null).Select(t => t.Key).Distinct().Count());
    }

    [Fact]
    public void Pagination_always_ends_with_every_line_placed_once_whatever_the_sizes()
    {
        var random = new Random(20221);
        for (var round = 0; round < 200; round++)
        {
            var items = new List<FlowItem>();
            var names = new List<string>();
            for (var i = 0; i < random.Next(1, 12); i++)
            {
                var name = $"{round}.{i}";
                switch (random.Next(5))
                {
                    case 0: items.Add(new BreakItem()); break;
                    case 1: items.Add(new SpaceItem(random.Next(0, 300))); break;
                    case 2:
                        var rows = Enumerable.Range(0, random.Next(0, 6)).Select(r => new LaidRow(RowKind.Item,
                            [new LaidCell([.. Enumerable.Range(0, random.Next(0, 30)).Select(l => LineOf($"{name}r{r}l{l}", random.Next(1, 130)))], ColumnAlignment.Left)],
                            random.Next(1, 400), IsHeader: r == 0)).ToList();
                        if (rows.Count == 0) break;
                        names.AddRange(rows.SelectMany(r => r.Cells.SelectMany(c => c.Lines.Select(l => l.Segments[0].Text))));
                        items.Add(new TableItem(new LaidTable(null, [0], [180], [rows[0]], [.. rows.Skip(1)]), random.Next(0, 20), random.Next(0, 20)));
                        break;
                    default:
                        var lines = Enumerable.Range(0, random.Next(1, 40)).Select(l => LineOf($"{name}l{l}", random.Next(1, 130))).ToList();
                        names.AddRange(lines.Select(l => l.Segments[0].Text));
                        items.Add(new TextItem([.. lines], 0, random.Next(0, 20), random.Next(0, 20), KeepWithNext: random.Next(3) == 0));
                        break;
                }
            }
            var laidOut = new Paginator(Page, Style).Run(items);
            var drawn = Drawn(laidOut).Where(d => !d.Artifact).Select(d => d.Text).ToList();
            Assert.Equal(names.Order(), drawn.Order());
            Assert.True(laidOut.PageCount <= names.Count + items.Count + 1, $"round {round}: {laidOut.PageCount} pages for {names.Count} lines");
        }
    }
}
