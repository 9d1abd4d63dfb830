using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Rewrites the file PDFsharp saved, object by object, where PDFsharp offers no way to do it right, and writes
/// a fresh cross-reference table for the result:
/// <list type="bullet">
/// <item>every unfiltered stream but the metadata is compressed, as one complete zlib stream: PDFsharp is told to
/// compress nothing, because its Flate streams lack the Adler-32 checksum (qpdf warns that each "input stream is
/// complete but output may still be valid"), so the Flate streams it saves are the page contents compressed by
/// <see cref="Compress"/> already (<c>reportgen check</c> finds any that is not complete);</item>
/// <item>the metadata stream is replaced by our own XMP packet;</item>
/// <item>the structure tree is appended as new objects, and the catalog given its /StructTreeRoot;</item>
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

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex TrailerSize();

    /// <param name="saved">The file PDFsharp saved.</param>
    /// <param name="xmp">The metadata packet.</param>
    /// <param name="rewrite">Applied to each font dictionary's text.</param>
    /// <param name="catalog">The catalog's object number.</param>
    /// <param name="structure">The structure tree's object bodies, given the first free object number; the first is the root.</param>
    /// <param name="destination">Where the finished file is written, in one pass.</param>
    public static void Finish(ReadOnlyMemory<byte> saved, Stream destination, byte[] xmp, Func<string, string> rewrite, int catalog, Func<int, IEnumerable<string>> structure)
    {
        var pdf = saved.Span;
        var (offsets, xrefAt, trailer) = ReadCrossReference(pdf);
        // The objects in the order they stand in the file, as offset and number in one long that sorts by offset
        // (plain longs and lists of them, not Linq over pairs: a framework-dependent start JIT-compiled 40 methods for that).
        var order = new List<long>(offsets.Count);
        var first = 1;
        foreach (var (number, offset) in offsets)
        {
            first = Math.Max(first, number + 1);
            if (offset > 0) order.Add(((long)offset << 32) | (uint)number);
        }
        order.Sort();
        var output = new CountingStream(destination);
        output.Write(pdf[..Offset(order[0])]);
        // Each object's new offset by its number; 0 for a free one.
        var newOffsets = new List<long>(first + 1024);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(newOffsets, first);
        for (var i = 0; i < order.Count; i++)
        {
            var (number, start) = ((int)(uint)order[i], Offset(order[i]));
            var end = i + 1 < order.Count ? Offset(order[i + 1]) : xrefAt;
            newOffsets[number] = output.Position;
            var chunk = saved.Slice(start, end - start);
            if (number == catalog) WriteCatalog(output, chunk.Span, first);
            else WriteObject(output, chunk, xmp, rewrite);
        }
        var size = first;
        foreach (var body in structure(first))
        {
            newOffsets.Add(output.Position);
            output.Write(Encoding.Latin1.GetBytes($"{size.ToString(CultureInfo.InvariantCulture)} 0 obj\n{body}\nendobj\n"));
            size++;
        }
        trailer = TrailerSize().Replace(trailer, $"/Size {size.ToString(CultureInfo.InvariantCulture)}");
        var xref = output.Position;
        output.Write(Encoding.Latin1.GetBytes($"xref\n0 {size.ToString(CultureInfo.InvariantCulture)}\n0000000000 65535 f \n"));
        // Each entry is exactly 20 bytes, formatted in place: a string per object added up in a long paper.
        Span<byte> entry = stackalloc byte[20];
        for (var n = 1; n < size; n++)
        {
            if (newOffsets[n] is var at and > 0)
            {
                at.TryFormat(entry, out _, "D10", CultureInfo.InvariantCulture);
                " 00000 n \n"u8.CopyTo(entry[10..]);
            }
            else "0000000000 65535 f \n"u8.CopyTo(entry);
            output.Write(entry);
        }
        output.Write(Encoding.Latin1.GetBytes($"trailer\n{trailer}\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n"));
    }

    private static int Offset(long entry) => (int)(entry >> 32);

    // Writes through to the destination, counting: the cross-reference table needs each object's offset.
    private sealed class CountingStream(Stream destination)
    {
        public long Position { get; private set; }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            destination.Write(bytes);
            Position += bytes.Length;
        }
    }

    // The catalog, with the structure tree's root added to its dictionary.
    private static void WriteCatalog(CountingStream output, ReadOnlySpan<byte> chunk, int root)
    {
        var text = Encoding.Latin1.GetString(chunk);
        var end = text.LastIndexOf(">>", StringComparison.Ordinal);
        output.Write(Encoding.Latin1.GetBytes(text[..end] + $"/StructTreeRoot {root.ToString(CultureInfo.InvariantCulture)} 0 R" + text[end..]));
    }

    private static void WriteObject(CountingStream output, ReadOnlyMemory<byte> memory, byte[] xmp, Func<string, string> rewrite)
    {
        var chunk = memory.Span;
        // Only a stream object ends with "endstream": a string elsewhere that happens to read "stream" is not one.
        // Only font dictionaries are rewritten: no text from the document reaches them.
        var streamAt = chunk.EndsWith("\nendstream\nendobj\n"u8) ? chunk.IndexOf(">>\nstream\n"u8) : -1;
        if (streamAt < 0)
        {
            // Most objects pass through as they are; only a font dictionary is made text to be rewritten.
            if (chunk.IndexOf("/Type/Font"u8) < 0) output.Write(chunk);
            else output.Write(Encoding.Latin1.GetBytes(rewrite(Encoding.Latin1.GetString(chunk))));
            return;
        }
        var head = Encoding.Latin1.GetString(chunk[..(streamAt + 2)]);
        var match = Length().Match(head);
        if (!match.Success) throw new InvalidOperationException($"A stream without a direct /Length: {head}");
        var dataAt = streamAt + ">>\nstream\n".Length;
        var length = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var data = memory.Slice(dataAt, length);
        if (!chunk[(dataAt + length)..].StartsWith("\nendstream"u8))
            throw new InvalidOperationException($"A stream whose /Length does not reach its end: {head}");

        ReadOnlySpan<byte> body;
        if (head.Contains("/Type/Metadata", StringComparison.Ordinal))
            body = xmp;
        else if (!head.Contains("/Filter", StringComparison.Ordinal))
        {
            body = Compress(data.Span);
            head = head[..^2] + "/Filter/FlateDecode>>";
        }
        else body = data.Span;
        head = Length().Replace(head, $"/Length {body.Length.ToString(CultureInfo.InvariantCulture)}", 1);
        output.Write(Encoding.Latin1.GetBytes(head + "\nstream\n"));
        output.Write(body);
        output.Write(chunk[(dataAt + length)..]);
    }

    /// <summary>Data as one complete zlib stream.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var result = new MemoryStream();
        using (var zlib = new ZLibStream(result, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return result.ToArray();
    }

    // The cross-reference table's in-use entries (object number → offset), where it starts, and the trailer dictionary.
    private static (Dictionary<int, int> Offsets, int XrefAt, string Trailer) ReadCrossReference(ReadOnlySpan<byte> pdf)
    {
        var tail = Encoding.Latin1.GetString(pdf[Math.Max(0, pdf.Length - 64)..]);
        var startxref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        var xrefAt = int.Parse(tail[(startxref + 9)..].Trim().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
        var section = Encoding.Latin1.GetString(pdf[xrefAt..]);
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
