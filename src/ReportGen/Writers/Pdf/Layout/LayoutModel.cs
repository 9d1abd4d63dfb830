using System.Collections.Immutable;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>Bold and italic, which pick a face of the family.</summary>
[Flags]
internal enum FontStyle { Regular = 0, Bold = 1, Italic = 2 }

/// <summary>A font: family, face and size in points.</summary>
internal readonly record struct FontSpec(string Family, FontStyle Style, double Size);

/// <summary>Where a link goes: a web address, or a numbered paragraph of this document.</summary>
internal sealed record LinkTarget(string? Url, int? Paragraph);

/// <summary>A run of text in one font, placed at <paramref name="X"/> from the start of its line.</summary>
internal sealed record Segment(string Text, FontSpec Font, double X, double Width, string Colour, LinkTarget? Link);

/// <summary>A laid-out line: its segments, total width, height and the baseline's distance from its top.</summary>
internal sealed record Line(ImmutableArray<Segment> Segments, double Width, double Height, double Ascent);

/// <summary>What the layout needs to know about fonts: widths, ascent, and which characters a family has.</summary>
internal interface ITextMeasurer
{
    double Width(string text, FontSpec font);

    /// <summary>Distance from the top of a line box to the baseline, for a font at its size.</summary>
    double Ascent(FontSpec font);

    /// <summary>True when the family's font has a glyph for the character.</summary>
    bool HasGlyph(string family, int codePoint);
}

/// <summary>The structure tags of a tagged PDF that this paper uses.</summary>
internal enum Tag { H1, H2, H3, P, L, LI, Lbl, LBody, Table, TR, TH, TD }

/// <summary>One step of drawing, in reading order. Coordinates are points from the page's top-left corner.</summary>
internal abstract record Op;

/// <summary>Starts a new page.</summary>
internal sealed record StartPage(int Number) : Op;

/// <summary>
/// Opens a structure element. <paramref name="Summary"/> describes a table; <paramref name="Scope"/> is a header
/// cell's "Column" or "Row". Tags with the same <paramref name="Key"/> are one element, opened again: the parts
/// of a table row split across pages.
/// </summary>
internal sealed record BeginTag(Tag Tag, string? Summary = null, string? Scope = null, int? Key = null) : Op;

// The operations without data are one instance each: a long table has millions of them.

/// <summary>Closes the innermost structure element.</summary>
internal sealed record EndTag : Op
{
    public static EndTag Instance { get; } = new();
}

/// <summary>Opens an artifact: drawing that is not content (rules, fills, footers, repeated headers).</summary>
internal sealed record BeginArtifact : Op
{
    public static BeginArtifact Instance { get; } = new();
}

/// <summary>Closes the artifact.</summary>
internal sealed record EndArtifact : Op
{
    public static EndArtifact Instance { get; } = new();
}

/// <summary>Draws a segment with its baseline at <paramref name="Baseline"/>.</summary>
internal sealed record DrawText(double X, double Baseline, Segment Segment) : Op;

/// <summary>Draws a straight line.</summary>
internal sealed record DrawLine(double X1, double Y1, double X2, double Y2, double Width, string Colour) : Op;

/// <summary>Fills a rectangle.</summary>
internal sealed record FillRect(double X, double Y, double Width, double Height, string Colour) : Op;

/// <summary>A bookmark (outline entry) pointing at this place.</summary>
internal sealed record Bookmark(int Level, string Title, double Y) : Op;

/// <summary>Marks where numbered paragraph <paramref name="Number"/> starts, for links to it.</summary>
internal sealed record Anchor(int Number, double Y) : Op;

/// <summary>The laid-out document: its operations in reading order and its page count.</summary>
internal sealed record LaidOutDocument(ImmutableArray<Op> Ops, int PageCount);
