using System.Collections.Immutable;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Places flow items on pages and emits the drawing operations in reading order. Its rules: a heading is
/// never the last thing on a page; a paragraph never leaves one line alone at the foot or head of a page;
/// a table row is never split, and a table that breaks repeats its header rows; a forced break starts a page.
/// </summary>
internal sealed partial class Paginator(PageGeometry page, TableStyle tableStyle)
{
    private readonly List<Op> ops = [];
    private readonly List<FlowItem> pending = [];
    private int pageNumber;
    private double y;
    private bool pageHasContent;

    public LaidOutDocument Run(IReadOnlyList<FlowItem> items)
    {
        NewPage();
        for (var i = 0; i < items.Count; i++)
        {
            switch (items[i])
            {
                case MarkItem or LabelItem:
                    pending.Add(items[i]);
                    break;
                case BreakItem:
                    if (pageHasContent) NewPage();
                    break;
                case SpaceItem space:
                    if (pageHasContent) y += space.Height;
                    break;
                case TextItem text:
                    if (text.KeepWithNext && pageHasContent && y + Before(text) + KeepHeight(text, NextContent(items, i)) > page.Bottom)
                        NewPage();
                    PlaceText(text);
                    break;
                case TableItem table:
                    PlaceTable(table);
                    break;
            }
        }
        Flush(y, null);
        return new LaidOutDocument([.. ops], pageNumber);
    }

    private void NewPage()
    {
        ops.Add(new StartPage(++pageNumber));
        y = page.Top;
        pageHasContent = false;
    }

    private double Before(TextItem text) => pageHasContent ? text.SpaceBefore : 0;

    private static FlowItem? NextContent(IReadOnlyList<FlowItem> items, int index) =>
        items.Skip(index + 1).FirstOrDefault(i => i is TextItem or TableItem or BreakItem);

    // What must fit beside a heading: the heading, and the start of what follows (two lines, or a table's header and first row).
    private static double KeepHeight(TextItem heading, FlowItem? next) =>
        heading.Lines.Sum(l => l.Height) + next switch
        {
            TextItem t => t.SpaceBefore + t.Lines.Take(2).Sum(l => l.Height),
            TableItem t => t.SpaceBefore + t.Table.Header.Sum(r => r.Height) + t.Table.Body.Take(1).Sum(r => r.Height),
            _ => 0,
        };

    private void PlaceText(TextItem text)
    {
        y += Before(text);
        var remaining = text.Lines.AsSpan();
        var first = true;
        while (remaining.Length > 0)
        {
            var fit = LinesThatFit(remaining);
            if (fit < remaining.Length)
            {
                if (first && fit == 1 && remaining.Length >= 2) fit = 0;             // no orphan: one line alone at the foot
                if (remaining.Length - fit == 1 && fit >= 2) fit--;                  // no widow: one line alone at the head
                else if (remaining.Length - fit == 1 && fit == 1 && first) fit = 0;
                if (fit == 0 && !pageHasContent) fit = 1;                             // a line taller than the page still goes somewhere
            }
            for (var i = 0; i < fit; i++)
            {
                PlaceLine(remaining[i], text.X);
                first = false;
            }
            remaining = remaining[fit..];
            if (remaining.Length > 0) NewPage();
        }
        y += text.SpaceAfter;
    }

    private int LinesThatFit(ReadOnlySpan<Line> lines)
    {
        var fit = 0;
        var bottom = y;
        foreach (var line in lines)
        {
            if (bottom + line.Height > page.Bottom + 0.01) break;
            bottom += line.Height;
            fit++;
        }
        return fit;
    }

    private void PlaceLine(Line line, double x)
    {
        var baseline = y + line.Ascent;
        Flush(y, baseline);
        foreach (var segment in line.Segments)
            ops.Add(new DrawText(page.Left + x + segment.X, baseline, segment));
        y += line.Height;
        pageHasContent = true;
    }

    // Marks, labels, bookmarks and anchors go with the content after them, on its page.
    private void Flush(double top, double? baseline)
    {
        foreach (var item in pending)
        {
            switch (item)
            {
                case MarkItem { Op: Bookmark b }: ops.Add(b with { Y = top }); break;
                case MarkItem { Op: Anchor a }: ops.Add(a with { Y = top }); break;
                case MarkItem mark: ops.Add(mark.Op); break;
                case LabelItem label: ops.Add(new DrawText(page.Left + label.X, baseline ?? top, label.Label)); break;
            }
        }
        pending.Clear();
    }
}
