using System.Collections.Immutable;
using System.Text;
using ReportGen.Documents;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Breaks inline runs into lines of a given width with real font metrics, in time linear in the text's length:
/// words wrap at spaces; a word wider than the line breaks between grapheme clusters (never inside one, so
/// never between the halves of a surrogate pair); each character is set in the first family of the theme's
/// list that has it. Every line that does not end its block carries a trailing space (drawn, not measured),
/// so extracted and read-aloud text keeps its word breaks. Characters no family has are reported once each.
/// </summary>
internal sealed partial class TextLayout
{
    private readonly ITextMeasurer measurer;
    private readonly IReadOnlyList<string> families;
    private readonly string colour;
    private readonly string linkColour;
    private readonly GlyphAdvances advances;

    // Scratch space for one break at a time, kept between breaks: a 4,500-line budget breaks some 60,000 texts,
    // and lists grown afresh for each made a twentieth of the build's garbage. Nothing here breaks two at once.
    private readonly List<Run> runs = [];
    private readonly List<Span> lineSpans = [];
    private readonly List<Span> wordSpans = [];
    private readonly StringBuilder segmentText = new();

    public TextLayout(ITextMeasurer measurer, IReadOnlyList<string> families, string colour, string linkColour, LayoutWarnings? warnings = null)
    {
        this.measurer = measurer;
        this.families = families;
        this.colour = colour;
        this.linkColour = linkColour;
        advances = new GlyphAdvances(measurer);
        Warnings = warnings ?? new LayoutWarnings();
    }

    /// <summary>Characters that none of the fonts has, in the order first met, each with an excerpt of its text.</summary>
    public List<(int CodePoint, string Context)> Missing { get; } = [];

    /// <summary>Right-to-left text and characters the PDF cannot carry (see <see cref="TextCleaner"/>).</summary>
    public LayoutWarnings Warnings { get; }

    /// <summary>A run of text in one style, or a hard line break when <see cref="Text"/> is null.</summary>
    private readonly record struct Run(string? Text, FontStyle Style, LinkTarget? Link);

    public ImmutableArray<Line> Break(IEnumerable<Inline> inlines, FontStyle style, double size, double width, double lineHeightFactor)
    {
        runs.Clear();
        lineSpans.Clear();
        wordSpans.Clear();
        Flatten(inlines, style, null, runs);
        var breaker = new LineBreaker(this, size, width, lineHeightFactor, lineSpans, wordSpans);
        foreach (var run in runs) breaker.Add(run);
        return breaker.Finish();
    }

    /// <summary>The width of the widest hard line of some inlines, set without wrapping.</summary>
    public double NaturalWidth(IEnumerable<Inline> inlines, FontStyle style, double size)
    {
        var widest = double.NegativeInfinity;
        foreach (var line in Break(inlines, style, size, double.PositiveInfinity, 1)) widest = Math.Max(widest, line.Width);
        return widest;
    }

    // Neighbouring characters in the same family, style and link become one segment, so a line is a few text runs.
    private Line MakeLine(List<Span> spans, Span? trailingSpace, double size, double lineHeightFactor)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var text = segmentText.Clear();
        double x = 0, width = 0;
        FontSpec? font = null;
        LinkTarget? link = null;
        void Flush()
        {
            if (text.Length == 0 || font is null) return;
            segments.Add(new Segment(text.ToString(), font.Value, x, width, link is null ? colour : linkColour, link));
            x += width;
            width = 0;
            text.Clear();
        }
        foreach (var span in spans)
        {
            var source = span.Run.Text!;
            var runStart = span.Start;
            for (var i = span.Start; i < span.End; i += char.IsSurrogatePair(source, i) ? 2 : 1)
            {
                var codePoint = char.ConvertToUtf32(source, i);
                var spec = new FontSpec(FamilyFor(codePoint, source, i), span.Run.Style, size);
                if (font != spec || link != span.Run.Link)
                {
                    text.Append(source, runStart, i - runStart);
                    runStart = i;
                    Flush();
                    font = spec;
                    link = span.Run.Link;
                }
                width += advances.Of(spec, codePoint);
            }
            text.Append(source, runStart, span.End - runStart);
        }
        Flush();
        if (trailingSpace is { } space)
            segments.Add(new Segment(" ", new FontSpec(families[0], space.Run.Style, size), x, 0, colour, null));
        var lineHeight = size * lineHeightFactor;
        var ascent = (lineHeight - size) / 2 + measurer.Ascent(new FontSpec(families[0], FontStyle.Regular, size));
        return new Line(segments.ToImmutable(), x, lineHeight, ascent);
    }

    // Width of text[start..end) as it will be drawn, each character in its family.
    private double Width(Run run, int start, int end, double size)
    {
        var text = run.Text!;
        double width = 0;
        for (var i = start; i < end; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            width += advances.Of(new FontSpec(FamilyFor(codePoint, text, i), run.Style, size), codePoint);
        }
        return width;
    }

    private void Flatten(IEnumerable<Inline> inlines, FontStyle style, LinkTarget? link, List<Run> runs)
    {
        var walk = new Flattening(this, style, link, runs);
        foreach (var inline in inlines) inline.Accept(walk);
    }

    // Inline runs become runs of cleaned text and hard breaks, each carrying its font style and link.
    private sealed class Flattening(TextLayout layout, FontStyle style, LinkTarget? link, List<Run> runs) : IInlineVisitor<Done>
    {
        public Done Visit(Text t) { Add(t.Value); return Done.Value; }
        public Done Visit(Strong s) { layout.Flatten(s.Content, style | FontStyle.Bold, link, runs); return Done.Value; }
        public Done Visit(Emphasis e) { layout.Flatten(e.Content, style | FontStyle.Italic, link, runs); return Done.Value; }

        public Done Visit(Link l)
        {
            var target = SafeLinks.IsSafe(l.Url) && !l.Url.StartsWith('#') ? new LinkTarget(l.Url, null) : link;
            layout.Flatten(l.Content, style, target, runs);
            return Done.Value;
        }

        public Done Visit(ParagraphReference r)
        {
            runs.Add(new Run(r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), style, new LinkTarget(null, r.Number)));
            return Done.Value;
        }

        public Done Visit(LineBreak lineBreak)
        {
            runs.Add(new Run(null, style, link));
            return Done.Value;
        }

        private void Add(string text)
        {
            if (text.Length > 0) runs.Add(new Run(TextCleaner.Clean(text, layout.Warnings), style, link));
        }
    }
}
