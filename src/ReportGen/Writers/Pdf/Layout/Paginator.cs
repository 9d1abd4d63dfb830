using System.Collections.Immutable;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Places flow items on pages and emits the drawing operations in reading order. Its rules: a heading is
/// never the last thing on a page (it moves when it, its space after and the start of what follows do not
/// fit); a paragraph never leaves one line alone at the foot or head of a page; a table row is split only
/// when it is taller than a page, and a table that breaks repeats its header rows; a forced break starts a
/// page. Every page it starts receives content, so it always ends: what no page can hold is split or
/// printed across the margin with a warning, never retried.
/// </summary>
internal sealed partial class Paginator(PageGeometry page, TableStyle tableStyle, LayoutWarnings? layoutWarnings = null)
{
    /// <summary>Content that cannot fit on any page as laid out (RG0605).</summary>
    public const string TooBigCode = "RG0605";

    // Positions that agree to a hundredth of a point are equal: sums of line heights round.
    private const double Tolerance = 0.01;

    private readonly List<Op> ops = [];
    private readonly List<FlowItem> pending = [];
    private readonly LayoutWarnings warnings = layoutWarnings ?? new LayoutWarnings();
    private int pageNumber;
    private double y;
    private bool pageHasContent;
    private int emptyPages;

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
                    if (text.KeepWithNext && pageHasContent && !Fits(y + Before(text) + KeepHeight(items, i))) NewPage();
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

    private bool Fits(double bottom) => bottom <= page.Bottom + Tolerance;

    private void NewPage()
    {
        // By construction a new page always receives content before the next one starts; if that ever
        // failed, stop with a bug rather than loop for ever.
        emptyPages = pageHasContent || pageNumber == 0 ? 0 : emptyPages + 1;
        if (emptyPages > 2) throw new InvalidOperationException("The paginator started three pages in a row without placing anything on them.");
        ops.Add(new StartPage(++pageNumber));
        y = page.Top;
        pageHasContent = false;
    }

    private double Before(TextItem text) => pageHasContent ? text.SpaceBefore : 0;

    // What must fit with a heading: the heading, its space after, and the start of what follows — a chain
    // of headings with the first lines after the last, a table's header and first row.
    private static double KeepHeight(IReadOnlyList<FlowItem> items, int index)
    {
        var heading = (TextItem)items[index];
        var height = heading.Lines.Sum(l => l.Height) + heading.SpaceAfter;
        for (var i = index + 1; i < items.Count; i++)
        {
            switch (items[i])
            {
                case SpaceItem space: height += space.Height; break;
                case TextItem { KeepWithNext: true } next: height += next.SpaceBefore + next.Lines.Sum(l => l.Height) + next.SpaceAfter; break;
                case TextItem next: return height + next.SpaceBefore + next.Lines.Take(FirstPart(next.Lines.Length)).Sum(l => l.Height);
                case TableItem next: return height + next.SpaceBefore + next.Table.Header.Sum(r => r.Height) + next.Table.Body.Take(1).Sum(r => r.Height);
                case BreakItem: return height;
            }
        }
        return height;
    }

    // The fewest lines a paragraph can start a page's foot with: all of up to three lines (two and one
    // would leave a widow, one and two an orphan), else two.
    private static int FirstPart(int lines) => lines <= 3 ? lines : 2;

    private void PlaceText(TextItem text)
    {
        y += Before(text);
        var remaining = text.Lines.AsSpan();
        var first = true;
        while (remaining.Length > 0)
        {
            var fit = LinesToPlace(remaining, first);
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

    // How many of the remaining lines go on this page: all that fit, less what would leave one line alone at
    // the head of the next page (a widow) or, for a paragraph's start, alone at the foot of this one (an orphan).
    private int LinesToPlace(ReadOnlySpan<Line> lines, bool first)
    {
        var fit = 0;
        var bottom = y;
        foreach (var line in lines)
        {
            if (!Fits(bottom + line.Height)) break;
            bottom += line.Height;
            fit++;
        }
        if (fit < lines.Length)
        {
            if (lines.Length - fit < 2) fit = lines.Length - 2;
            if (first && fit < 2) fit = 0;
            fit = Math.Max(fit, 0);
        }
        if (fit == 0 && !pageHasContent)
        {
            // Nothing fits even on an empty page: a line taller than the page's text area still goes here.
            fit = 1;
            if (lines[0].Height > page.BodyHeight + Tolerance)
                warnings.Add(TooBigCode, FormattableString.Invariant($"a line of text {lines[0].Height:0.#} pt tall does not fit the page's text area ({page.BodyHeight:0.#} pt); it is printed across the bottom margin. Check the theme's sizes and margins."));
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
