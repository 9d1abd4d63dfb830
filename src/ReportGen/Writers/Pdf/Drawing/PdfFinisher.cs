using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Rewrites the file PDFsharp saved, object by object, where PDFsharp offers no way to do it right, and writes
/// a fresh cross-reference table for the result:
/// <list type="bullet">
/// <item>every Flate stream is re-encoded as a complete zlib stream (PDFsharp's lack the Adler-32 checksum, so
/// qpdf warns that each "input stream is complete but output may still be valid"), and every unfiltered stream
/// but the metadata is compressed;</item>
/// <item>the metadata stream is replaced by our own XMP packet;</item>
/// <item>each font dictionary's text passes through <c>rewrite</c> (font subset tags made deterministic);</item>
/// <item>the trailer loses PDFsharp's comment naming the .NET version, which varies between machines.</item>
/// </list>
/// The input is PDFsharp's own output — one classic cross-reference section, "&lt;&lt;…&gt;&gt;\nstream\n…\nendstream" —
/// so a file of any other shape is a bug here, reported as an exception.
/// </summary>
internal static partial class PdfFinisher
{
    [GeneratedRegex(@"/Length\s+(\d+)(?![\d\s]*R)")]
    private static partial Regex Length();

    public static byte[] Finish(byte[] pdf, byte[] xmp, Func<string, string> rewrite)
    {
        var (offsets, xrefAt, trailer) = ReadCrossReference(pdf);
        var order = offsets.Where(o => o.Value > 0).OrderBy(o => o.Value).ToList();
        using var output = new MemoryStream(pdf.Length);
        output.Write(pdf, 0, order[0].Value);
        var newOffsets = new Dictionary<int, long>();
        for (var i = 0; i < order.Count; i++)
        {
            var (number, start) = (order[i].Key, order[i].Value);
            var end = i + 1 < order.Count ? order[i + 1].Value : xrefAt;
            newOffsets[number] = output.Position;
            WriteObject(output, pdf.AsSpan(start, end - start), xmp, rewrite);
        }
        var xref = output.Position;
        var size = offsets.Keys.Max() + 1;
        var table = new StringBuilder($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
            table.Append(newOffsets.TryGetValue(n, out var at) ? $"{at:D10} 00000 n \n" : "0000000000 65535 f \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return output.ToArray();
    }

    private static void WriteObject(MemoryStream output, ReadOnlySpan<byte> chunk, byte[] xmp, Func<string, string> rewrite)
    {
        // Only a stream object ends with "endstream": a string elsewhere that happens to read "stream" is not one.
        // Only font dictionaries are rewritten: no text from the document reaches them.
        var streamAt = chunk.EndsWith("\nendstream\nendobj\n"u8) ? chunk.IndexOf(">>\nstream\n"u8) : -1;
        if (streamAt < 0)
        {
            var text = Encoding.Latin1.GetString(chunk);
            output.Write(Encoding.Latin1.GetBytes(text.Contains("/Type/Font", StringComparison.Ordinal) ? rewrite(text) : text));
            return;
        }
        var head = Encoding.Latin1.GetString(chunk[..(streamAt + 2)]);
        var match = Length().Match(head);
        if (!match.Success) throw new InvalidOperationException($"A stream without a direct /Length: {head}");
        var dataAt = streamAt + ">>\nstream\n".Length;
        var data = chunk.Slice(dataAt, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        if (!chunk[(dataAt + data.Length)..].StartsWith("\nendstream"u8))
            throw new InvalidOperationException($"A stream whose /Length does not reach its end: {head}");

        byte[] body;
        if (head.Contains("/Type/Metadata", StringComparison.Ordinal))
            body = xmp;
        else if (head.Contains("/Filter/FlateDecode", StringComparison.Ordinal) && !head.Contains("/DecodeParms", StringComparison.Ordinal))
            body = Compress(Inflate(data));
        else if (!head.Contains("/Filter", StringComparison.Ordinal))
        {
            body = Compress(data);
            head = head[..^2] + "/Filter/FlateDecode>>";
        }
        else body = data.ToArray();
        head = Length().Replace(head, $"/Length {body.Length.ToString(CultureInfo.InvariantCulture)}", 1);
        output.Write(Encoding.Latin1.GetBytes(head + "\nstream\n"));
        output.Write(body);
        output.Write(chunk[(dataAt + data.Length)..]);
    }

    // PDFsharp's Flate data is a zlib header and raw deflate data, without the closing checksum.
    private static byte[] Inflate(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data[2..].ToArray());
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var result = new MemoryStream();
        inflater.CopyTo(result);
        return result.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var result = new MemoryStream();
        using (var zlib = new ZLibStream(result, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return result.ToArray();
    }

    // The cross-reference table's in-use entries (object number → offset), where it starts, and the trailer dictionary.
    private static (Dictionary<int, int> Offsets, int XrefAt, string Trailer) ReadCrossReference(byte[] pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length));
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefAt = int.Parse(tail[(startxref + 9)..].Trim().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
        var section = Encoding.Latin1.GetString(pdf, xrefAt, pdf.Length - xrefAt);
        var lines = section.Split('\n');
        if (lines[0].Trim() != "xref") throw new InvalidOperationException("PDFsharp wrote no classic cross-reference table.");
        var offsets = new Dictionary<int, int>();
        var line = 1;
        while (!lines[line].StartsWith("trailer", StringComparison.Ordinal))
        {
            var header = lines[line++].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (first, count) = (int.Parse(header[0], CultureInfo.InvariantCulture), int.Parse(header[1], CultureInfo.InvariantCulture));
            for (var i = 0; i < count; i++, line++)
            {
                var entry = lines[line].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (entry[2].StartsWith('n')) offsets[first + i] = int.Parse(entry[0], CultureInfo.InvariantCulture);
            }
        }
        var trailerText = section[section.IndexOf("trailer", StringComparison.Ordinal)..section.LastIndexOf("startxref", StringComparison.Ordinal)];
        var dictionary = trailerText[trailerText.IndexOf("<<", StringComparison.Ordinal)..(trailerText.LastIndexOf(">>", StringComparison.Ordinal) + 2)];
        return (offsets, xrefAt, dictionary);
    }
}
