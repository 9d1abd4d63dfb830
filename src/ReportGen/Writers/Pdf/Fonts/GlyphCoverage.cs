using System.Buffers.Binary;

namespace ReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Which characters a TrueType font has, read from its 'cmap' table (formats 4 and 12), so that a
/// character the font lacks is set in a fallback font or reported — never printed as a silent box.
/// </summary>
internal sealed class GlyphCoverage
{
    private readonly HashSet<int> codePoints = [];

    private GlyphCoverage() { }

    public bool Has(int codePoint) => codePoints.Contains(codePoint);

    public int Count => codePoints.Count;

    public static GlyphCoverage Read(byte[] font)
    {
        var coverage = new GlyphCoverage();
        var span = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        for (var t = 0; t < tables; t++)
        {
            var entry = span[(12 + 16 * t)..];
            if (entry[..4].SequenceEqual("cmap"u8))
            {
                coverage.ReadCmap(span[(int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..])..]);
                break;
            }
        }
        return coverage;
    }

    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + 8 * i)..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            if (!(platform == 3 && encoding is 1 or 10) && platform != 0) continue; // Unicode subtables only
            var subtable = cmap[(int)BinaryPrimitives.ReadUInt32BigEndian(record[4..])..];
            switch (BinaryPrimitives.ReadUInt16BigEndian(subtable))
            {
                case 4: ReadFormat4(subtable); break;
                case 12: ReadFormat12(subtable); break;
            }
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = table[(16 + 2 * segments)..];
        var deltas = table[(16 + 4 * segments)..];
        var rangeOffsets = table[(16 + 6 * segments)..];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                    glyph = (c + delta) & 0xFFFF;
                else
                {
                    // idRangeOffset counts from its own position to the glyph id array entry.
                    var at = 2 * s + rangeOffset + 2 * (c - start);
                    glyph = at + 2 <= rangeOffsets.Length ? BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[at..]) : 0;
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) codePoints.Add(c);
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table[(16 + 12 * g)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
                if (glyph + (uint)(c - start) != 0) codePoints.Add(c);
        }
    }
}
