namespace ReportGen.Writers.Pdf.Layout;

internal sealed partial class TextLayout
{
    // For each character met, one more than the index of the first family that has it (0: not yet looked up),
    // or -1 when none does: a table for the Basic Multilingual Plane, a dictionary beyond it.
    private readonly sbyte[] familyOfBmp = new sbyte[0x10000];
    private readonly Dictionary<int, sbyte> familyOfAstral = [];

    private string FamilyFor(int codePoint, string context, int position)
    {
        var known = codePoint < 0x10000 ? familyOfBmp[codePoint] : familyOfAstral.GetValueOrDefault(codePoint);
        if (known == 0)
        {
            var index = -1;
            for (var f = 0; f < families.Count && index < 0; f++)
                if (codePoint == ' ' || measurer.HasGlyph(families[f], codePoint)) index = f;
            known = (sbyte)(index < 0 ? -1 : Math.Min(index + 1, sbyte.MaxValue));
            if (codePoint < 0x10000) familyOfBmp[codePoint] = known;
            else familyOfAstral[codePoint] = known;
            if (index < 0) Missing.Add((codePoint, LayoutWarnings.Excerpt(context, position)));
        }
        return families[Math.Max(known - 1, 0)];
    }
}

/// <summary>
/// Each character's advance width per font, measured once: a line's width is then a sum, and breaking a
/// megabyte of text costs one table look-up per character rather than a measurement of every prefix.
/// The Basic Multilingual Plane is kept in pages of 256 characters made when first met: a paper uses a few pages
/// per font, and a whole-plane table per font and size (half a megabyte, filled and collected every paper) was
/// the largest single cost of a small paper's layout.
/// </summary>
internal sealed class GlyphAdvances(ITextMeasurer measurer)
{
    private const int PageBits = 8;
    private const int PageSize = 1 << PageBits;
    private const int PageCount = 0x10000 >> PageBits;
    private readonly Dictionary<FontSpec, double[]?[]> tables = [];
    private readonly Dictionary<(FontSpec, int), double> astral = [];
    private FontSpec lastFont;
    private double[]?[]? lastTable;

    public double Of(FontSpec font, int codePoint)
    {
        if (codePoint >= 0x10000)
        {
            if (!astral.TryGetValue((font, codePoint), out var wide))
                astral[(font, codePoint)] = wide = measurer.Width(char.ConvertFromUtf32(codePoint), font);
            return wide;
        }
        var table = Table(font);
        var page = table[codePoint >> PageBits];
        if (page is null)
        {
            table[codePoint >> PageBits] = page = new double[PageSize];
            Array.Fill(page, double.NaN);
        }
        var width = page[codePoint & (PageSize - 1)];
        if (double.IsNaN(width)) page[codePoint & (PageSize - 1)] = width = measurer.Width(((char)codePoint).ToString(), font);
        return width;
    }

    private double[]?[] Table(FontSpec font)
    {
        if (lastTable is not null && lastFont == font) return lastTable;
        if (!tables.TryGetValue(font, out var table)) tables[font] = table = new double[PageCount][];
        lastFont = font;
        return lastTable = table;
    }
}
