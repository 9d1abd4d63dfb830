using System.Collections.Immutable;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>How table rows are painted: fills and rules, from the theme.</summary>
internal sealed record TableStyle(string Grid, string Rule, string HeaderFill, string GroupFill, double Padding, double SidePadding, double GridWidth, double RuleWidth);

internal sealed partial class Paginator
{
    // Keys that let the parts of a split row be one TR, and each cell's parts one cell, in the structure tree.
    private int nextKey = 1;

    private void PlaceTable(TableItem item)
    {
        var table = item.Table;
        var headerHeight = table.Header.Sum(r => r.Height);
        // Header rows are repeated on each page the table continues on, unless they would crowd out the rows.
        var repeat = headerHeight <= page.BodyHeight / 3 ? table.Header : [];
        if (repeat.IsEmpty && !table.Header.IsEmpty)
            warnings.Add(TooBigCode, FormattableString.Invariant(
                $"the header rows of the table \"{Name(table)}\" are {headerHeight:0.#} pt tall, over a third of the page's text area, so they are not repeated on the pages the table continues on."));
        var firstRow = table.Body.Length > 0 ? table.Body[0].Height : 0;
        if (pageHasContent && !Fits(y + item.SpaceBefore + headerHeight + firstRow)) NewPage();
        if (pageHasContent) y += item.SpaceBefore;
        Flush(y, null);

        ops.Add(new BeginTag(Tag.Table, Summary: table.Caption));
        foreach (var row in table.Header) PlaceAcrossPages(table, row, []);
        foreach (var row in table.Body) PlaceAcrossPages(table, row, repeat);
        ops.Add(EndTag.Instance);
        y += item.SpaceAfter;
    }

    // A row goes whole onto this page or the next; only a row taller than a page is split, between the lines
    // of its cells, and each page takes at least one line of it.
    private void PlaceAcrossPages(LaidTable table, LaidRow row, ImmutableArray<LaidRow> repeat)
    {
        int? key = null;
        while (!Fits(y + row.Height))
        {
            if (pageHasContent && row.Height <= page.BodyHeight - repeat.Sum(r => r.Height) + Tolerance)
            {
                NewPageWithHeader(table, repeat);
                continue;
            }
            if (key is null) { key = nextKey; nextKey += 1 + row.Cells.Length; }
            var (part, rest) = SplitRow(table, row, page.Bottom - y, atLeastOneLine: !pageHasContent);
            if (part is not null) PlaceRow(table, part, tagged: true, key);
            if (rest.Cells.All(c => c.Lines.IsEmpty)) return;
            NewPageWithHeader(table, repeat);
            row = rest;
        }
        PlaceRow(table, row, tagged: true, key);
    }

    private void NewPageWithHeader(LaidTable table, ImmutableArray<LaidRow> repeat)
    {
        NewPage();
        // The header again, as an artifact: a screen reader has already read it once.
        foreach (var header in repeat) PlaceRow(table, header, tagged: false, key: null);
    }

    // The lines of each cell that fit in the height available, and the rest; null when not one line fits
    // (unless the page is empty: then each cell gives at least its first line).
    private (LaidRow? Part, LaidRow Remainder) SplitRow(LaidTable table, LaidRow row, double available, bool atLeastOneLine)
    {
        var room = available - 2 * tableStyle.Padding;
        var heads = row.Cells.Select(c =>
        {
            var used = 0.0;
            return c with { Lines = [.. c.Lines.TakeWhile(l => (used += l.Height) <= room + Tolerance)] };
        }).ToList();
        if (atLeastOneLine && heads.All(c => c.Lines.IsEmpty))
        {
            heads = [.. row.Cells.Select(c => c with { Lines = [.. c.Lines.Take(1)] })];
            warnings.Add(TooBigCode, FormattableString.Invariant(
                $"a line in the table \"{Name(table)}\" is taller than the page's text area ({page.BodyHeight:0.#} pt); it is printed across the bottom margin."));
        }
        var tails = row.Cells.Select((c, i) => c with { Lines = [.. c.Lines.Skip(heads[i].Lines.Length)] }).ToList();
        double Height(IEnumerable<LaidCell> cells) => cells.Max(c => c.Lines.Sum(l => l.Height)) + 2 * tableStyle.Padding;
        var rest = row with { Cells = [.. tails], Height = Height(tails) };
        return heads.All(c => c.Lines.IsEmpty) ? (null, rest) : (row with { Cells = [.. heads], Height = Height(heads) }, rest);
    }

    // A table's name in a message: its caption, else its first column heading.
    private static string Name(LaidTable table)
    {
        var heading = table.Header.FirstOrDefault()?.Cells.FirstOrDefault()?.Lines.FirstOrDefault();
        var name = table.Caption ?? (heading is null ? null : string.Concat(heading.Segments.Select(s => s.Text)));
        return LayoutWarnings.Excerpt(string.IsNullOrWhiteSpace(name) ? "(untitled)" : name.Trim());
    }
}
