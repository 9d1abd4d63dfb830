using PdfSharp.Drawing;
using PdfSharp.Pdf;
using ReportGen.Writers.Pdf.Fonts;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>Real font metrics for the layout, from PDFsharp's font handling and the fonts' own cmaps.</summary>
internal sealed class PdfMeasurer : ITextMeasurer, IDisposable
{
    private readonly XGraphics context = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<FontSpec, XFont> fonts = [];
    // Which characters each family has, read once per process from its font file's cmap.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, GlyphCoverage> Coverage = new(StringComparer.Ordinal);

    public PdfMeasurer() => PaperFontResolver.Install();

    public XFont Font(FontSpec spec)
    {
        if (!fonts.TryGetValue(spec, out var font))
        {
            var style = (spec.Style.HasFlag(FontStyle.Bold) ? XFontStyleEx.Bold : 0) | (spec.Style.HasFlag(FontStyle.Italic) ? XFontStyleEx.Italic : 0);
            fonts[spec] = font = new XFont(spec.Family, spec.Size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
        }
        return font;
    }

    public double Width(string text, FontSpec font) => text.Length == 0 ? 0 : context.MeasureString(text, Font(font)).Width;

    public double Ascent(FontSpec font)
    {
        var metrics = Font(font).Metrics;
        return font.Size * metrics.Ascent / metrics.UnitsPerEm;
    }

    public bool HasGlyph(string family, int codePoint)
    {
        var map = Coverage.GetOrAdd(family, name => FontLocator.Find(name) is { } files
            ? GlyphCoverage.Read(PaperFontResolver.Instance.GetFont(files.Regular)!)
            : GlyphCoverage.Read(EmptyFont));
        return map.Has(codePoint);
    }

    // A font with no tables: covers nothing.
    private static readonly byte[] EmptyFont = new byte[12];

    public void Dispose() => context.Dispose();
}
