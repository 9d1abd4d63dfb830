using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Adds what every page carries once the page count is known, as artifacts so screen readers skip them: the
/// running footer "short title … Page X of Y" with, for drafts and amended versions, the version note on a line
/// below the title; and in the top margin the page marks — DRAFT on a draft, then the metadata's own marks
/// ("NOT FOR PUBLICATION"). Nothing is drawn over anything else: a title too long for its place is cut with an
/// ellipsis, and marks too many for the top margin are set smaller (RG0607).
/// </summary>
internal static class PageFurniture
{
    /// <summary>Footer or page-mark text that had to be shortened or set smaller to fit (RG0607).</summary>
    public const string ShortenedCode = "RG0607";

    // The smallest size page marks are set at before they are allowed to crowd the top margin.
    private const double SmallestMarkSize = 5;

    public static LaidOutDocument Add(LaidOutDocument laidOut, DocumentMetadata metadata, PageGeometry page, TextLayout text,
        double footerSize, string markColour)
    {
        var furniture = Furniture(laidOut.PageCount, metadata, page, text, footerSize, markColour);
        var ops = ImmutableArray.CreateBuilder<Op>(laidOut.Ops.Length + laidOut.PageCount * 8);
        var current = 0;
        foreach (var op in laidOut.Ops)
        {
            if (op is StartPage start)
            {
                if (current > 0) ops.AddRange(furniture(current));
                current = start.Number;
            }
            ops.Add(op);
        }
        if (current > 0) ops.AddRange(furniture(current));
        return laidOut with { Ops = ops.ToImmutable() };
    }

    // Everything but the page number is laid out once; each page then gets the same lines and its own number.
    private static Func<int, IEnumerable<Op>> Furniture(int pageCount, DocumentMetadata metadata, PageGeometry page, TextLayout text,
        double footerSize, string markColour)
    {
        string PageText(int n) => $"Page {n.ToString(CultureInfo.InvariantCulture)} of {pageCount.ToString(CultureInfo.InvariantCulture)}";
        var widestNumber = text.OneLine(PageText(pageCount), FontStyle.Regular, footerSize, double.PositiveInfinity, 1).Line.Width;
        var gap = footerSize * 2;
        var (title, titleCut) = text.OneLine(metadata.FooterTitle, FontStyle.Regular, footerSize, page.TextWidth - widestNumber - gap, 1);
        if (titleCut)
            text.Warnings.Add(ShortenedCode, $"the short title \"{LayoutWarnings.Excerpt(metadata.FooterTitle)}\" is too long for the footer beside \"{PageText(pageCount)}\"; the footer shows \"{Plain(title)}\". Shorten report.short_title.");
        Line? note = null;
        if (!string.IsNullOrWhiteSpace(metadata.VersionNote))
        {
            (note, var noteCut) = text.OneLine(metadata.VersionNote, FontStyle.Regular, footerSize, page.TextWidth, 1);
            if (noteCut) text.Warnings.Add(ShortenedCode, $"the version note \"{LayoutWarnings.Excerpt(metadata.VersionNote)}\" is too long for the footer; it shows \"{Plain(note)}\".");
        }
        var middle = page.Bottom + (page.Height - page.Bottom) / 2;
        var firstBaseline = note is null ? middle : middle - footerSize * 0.6;
        var marks = Marks(metadata, page, text, footerSize);

        return number =>
        {
            var ops = new List<Op> { BeginArtifact.Instance };
            Draw(ops, title, page.Left, firstBaseline, null);
            var pageLine = text.OneLine(PageText(number), FontStyle.Regular, footerSize, double.PositiveInfinity, 1).Line;
            Draw(ops, pageLine, page.Right - pageLine.Width, firstBaseline, null);
            if (note is not null) Draw(ops, note, page.Left, firstBaseline + footerSize * 1.2, null);
            foreach (var (line, baseline) in marks)
                Draw(ops, line, page.Left + (page.TextWidth - line.Width) / 2, baseline, markColour);
            ops.Add(EndArtifact.Instance);
            return ops;
        };
    }

    // DRAFT and the page marks, centred in the top margin, wrapped to the text width and set smaller until they fit.
    private static List<(Line Line, double Baseline)> Marks(DocumentMetadata metadata, PageGeometry page, TextLayout text, double footerSize)
    {
        var words = (metadata.IsDraft ? ["DRAFT"] : Array.Empty<string>()).Concat(metadata.PageMarks.Where(m => !string.IsNullOrWhiteSpace(m))).ToList();
        if (words.Count == 0) return [];
        var joined = string.Join("  ·  ", words);
        var size = footerSize * 1.5;
        var room = page.Top * 0.8;
        var lines = text.Break([new Text(joined)], FontStyle.Bold, size, page.TextWidth, 1.2);
        while (lines.Sum(l => l.Height) > room && size > SmallestMarkSize)
        {
            size = Math.Max(SmallestMarkSize, size * 0.85);
            lines = text.Break([new Text(joined)], FontStyle.Bold, size, page.TextWidth, 1.2);
        }
        var height = lines.Sum(l => l.Height);
        if (size < footerSize * 1.5)
            text.Warnings.Add(ShortenedCode, FormattableString.Invariant(
                $"the page marks \"{LayoutWarnings.Excerpt(joined)}\" do not fit the top margin at {footerSize * 1.5:0.#} pt; they are set at {size:0.#} pt{(height > room ? " and still run into the text area" : "")}."));
        var top = Math.Max(0, (page.Top - height) / 2);
        var placed = new List<(Line, double)>();
        foreach (var line in lines)
        {
            placed.Add((line, top + line.Ascent));
            top += line.Height;
        }
        return placed;
    }

    private static void Draw(List<Op> ops, Line line, double x, double baseline, string? colour)
    {
        foreach (var segment in line.Segments)
            ops.Add(new DrawText(x + segment.X, baseline, colour is null ? segment : segment with { Colour = colour }));
    }

    private static string Plain(Line line) => string.Concat(line.Segments.Select(s => s.Text));
}
