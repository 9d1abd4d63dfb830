using System.Globalization;

namespace ReportGen.Writers.Pdf.Layout;

internal sealed partial class TextLayout
{
    private const string Ellipsis = "…";

    /// <summary>
    /// A text on one line no wider than <paramref name="width"/>: when too long it is cut after the last grapheme
    /// cluster that fits with an ellipsis, and <c>Cut</c> says so.
    /// </summary>
    public (Line Line, bool Cut) OneLine(string text, FontStyle style, double size, double width, double lineHeightFactor)
    {
        var run = new Run(TextCleaner.Clean(text, Warnings), style, null);
        var clean = run.Text!;
        if (Width(run, 0, clean.Length, size) <= width + 0.01)
            return (MakeLine([new Span(run, 0, clean.Length)], null, size, lineHeightFactor), false);
        var room = width - Width(new Run(Ellipsis, style, null), 0, Ellipsis.Length, size);
        var (cut, used) = (0, 0.0);
        while (cut < clean.Length)
        {
            var length = StringInfo.GetNextTextElementLength(clean.AsSpan(cut));
            var next = Width(run, cut, cut + length, size);
            if (used + next > room) break;
            used += next;
            cut += length;
        }
        var shortened = new Run(clean[..cut].TrimEnd() + Ellipsis, style, null);
        return (MakeLine([new Span(shortened, 0, shortened.Text!.Length)], null, size, lineHeightFactor), true);
    }
}
