using System.Collections.Immutable;
using System.Text;
using ReportGen.Documents;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Breaks inline runs into lines of a given width with real font metrics: words wrap at spaces, a word
/// wider than the line breaks between characters, and each character is set in the first family of the
/// theme's list that has it. Characters no family has are reported once each.
/// </summary>
internal sealed class TextLayout(ITextMeasurer measurer, IReadOnlyList<string> families, string colour, string linkColour)
{
    private readonly HashSet<int> reportedMissing = [];

    /// <summary>Characters that none of the fonts has, in the order first met.</summary>
    public List<(int CodePoint, string Context)> Missing { get; } = [];

    private sealed record Piece(string Text, FontStyle Style, LinkTarget? Link, bool IsSpace, bool IsBreak);

    public ImmutableArray<Line> Break(IEnumerable<Inline> inlines, FontStyle style, double size, double width, double lineHeightFactor)
    {
        var pieces = new List<Piece>();
        Flatten(inlines, style, null, pieces);
        var lines = ImmutableArray.CreateBuilder<Line>();
        var current = new List<(Piece Piece, double Width)>();
        double used = 0;

        void Finish()
        {
            while (current.Count > 0 && current[^1].Piece.IsSpace) current.RemoveAt(current.Count - 1);
            lines.Add(MakeLine(current.Select(c => c.Piece).ToList(), size, lineHeightFactor));
            current.Clear();
            used = 0;
        }

        foreach (var piece in pieces)
        {
            if (piece.IsBreak) { Finish(); continue; }
            if (piece.IsSpace && current.Count == 0) continue;
            var pieceWidth = Measure(piece, size);
            if (used + pieceWidth <= width + 0.01 || piece.IsSpace)
            {
                current.Add((piece, pieceWidth));
                used += pieceWidth;
                continue;
            }
            if (current.Count > 0) Finish();
            // A word longer than the whole line is broken between characters.
            var rest = piece;
            while (Measure(rest, size) > width && rest.Text.Length > 1)
            {
                var fit = CharactersThatFit(rest, size, width);
                lines.Add(MakeLine([rest with { Text = rest.Text[..fit] }], size, lineHeightFactor));
                rest = rest with { Text = rest.Text[fit..] };
            }
            current.Add((rest, Measure(rest, size)));
            used = Measure(rest, size);
        }
        if (current.Count > 0 || lines.Count == 0) Finish();
        return lines.ToImmutable();
    }

    private int CharactersThatFit(Piece piece, double size, double width)
    {
        var fit = 1;
        while (fit < piece.Text.Length && Measure(piece with { Text = piece.Text[..(fit + 1)] }, size) <= width) fit++;
        return fit;
    }

    private double Measure(Piece piece, double size) =>
        Chunks(piece.Text).Sum(chunk => measurer.Width(chunk.Text, new FontSpec(chunk.Family, piece.Style, size)));

    private Line MakeLine(List<Piece> pieces, double size, double lineHeightFactor)
    {
        var segments = ImmutableArray.CreateBuilder<Segment>();
        double x = 0;
        // Neighbouring pieces in the same font and link become one segment, so a line is a few text runs.
        var text = new StringBuilder();
        FontSpec? font = null;
        LinkTarget? link = null;
        void Flush()
        {
            if (text.Length == 0 || font is null) return;
            var w = measurer.Width(text.ToString(), font.Value);
            segments.Add(new Segment(text.ToString(), font.Value, x, w, link is null ? colour : linkColour, link));
            x += w;
            text.Clear();
        }
        foreach (var piece in pieces)
            foreach (var chunk in Chunks(piece.Text))
            {
                var spec = new FontSpec(chunk.Family, piece.Style, size);
                if (font != spec || link != piece.Link) { Flush(); font = spec; link = piece.Link; }
                text.Append(chunk.Text);
            }
        Flush();
        var lineHeight = size * lineHeightFactor;
        var ascent = (lineHeight - size) / 2 + measurer.Ascent(new FontSpec(families[0], FontStyle.Regular, size));
        return new Line(segments.ToImmutable(), x, lineHeight, ascent);
    }

    // Splits text into runs by the first family that has each character.
    private IEnumerable<(string Text, string Family)> Chunks(string text)
    {
        var start = 0;
        string? family = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var chosen = FamilyFor(codePoint, text);
            if (family is not null && chosen != family)
            {
                yield return (text[start..i], family);
                start = i;
            }
            family = chosen;
        }
        if (family is not null) yield return (text[start..], family);
    }

    private string FamilyFor(int codePoint, string context)
    {
        if (codePoint == ' ') return families[0];
        foreach (var family in families)
            if (measurer.HasGlyph(family, codePoint)) return family;
        if (reportedMissing.Add(codePoint)) Missing.Add((codePoint, context));
        return families[0];
    }

    private static void Flatten(IEnumerable<Inline> inlines, FontStyle style, LinkTarget? link, List<Piece> pieces)
    {
        var walk = new Flattening(style, link, pieces);
        foreach (var inline in inlines) inline.Accept(walk);
    }

    // Inline runs become pieces (words, spaces, breaks), each carrying its font style and link.
    private sealed class Flattening(FontStyle style, LinkTarget? link, List<Piece> pieces) : IInlineVisitor<Done>
    {
        public Done Visit(Text t) { AddWords(t.Value, style, link, pieces); return Done.Value; }
        public Done Visit(Strong s) { Flatten(s.Content, style | FontStyle.Bold, link, pieces); return Done.Value; }
        public Done Visit(Emphasis e) { Flatten(e.Content, style | FontStyle.Italic, link, pieces); return Done.Value; }

        public Done Visit(Link l)
        {
            var target = SafeLinks.IsSafe(l.Url) && !l.Url.StartsWith('#') ? new LinkTarget(l.Url, null) : link;
            Flatten(l.Content, style, target, pieces);
            return Done.Value;
        }

        public Done Visit(ParagraphReference r)
        {
            AddWords(r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), style, new LinkTarget(null, r.Number), pieces);
            return Done.Value;
        }

        public Done Visit(LineBreak lineBreak)
        {
            pieces.Add(new Piece("", style, link, IsSpace: false, IsBreak: true));
            return Done.Value;
        }
    }

    private static void AddWords(string text, FontStyle style, LinkTarget? link, List<Piece> pieces)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ') continue;
            if (i > start) pieces.Add(new Piece(text[start..i], style, link, IsSpace: false, IsBreak: false));
            if (i < text.Length) pieces.Add(new Piece(" ", style, link, IsSpace: true, IsBreak: false));
            start = i + 1;
        }
    }
}
