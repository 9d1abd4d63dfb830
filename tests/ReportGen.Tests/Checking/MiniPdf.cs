using System.IO.Compression;
using System.Text;

namespace ReportGen.Tests.Checking;

/// <summary>
/// A PDF written by hand, one object at a time, with a correct cross-reference table: tests start from a clean file
/// (<see cref="CleanPdf"/>) and break exactly one thing by editing an object's text.
/// </summary>
internal sealed class MiniPdf
{
    private readonly SortedDictionary<int, string> objects = [];
    private readonly Dictionary<int, byte[]> streams = [];

    public string Header { get; set; } = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n";

    public string Trailer { get; set; } = "/Root 1 0 R";

    /// <summary>Sets an object's text (what goes between "n 0 obj" and "endobj"; for a stream, its dictionary).</summary>
    public MiniPdf Set(int number, string body)
    {
        objects[number] = body;
        streams.Remove(number);
        return this;
    }

    /// <summary>Sets a stream: the entries of its dictionary (without the brackets and /Length, which is computed) and its data.</summary>
    public MiniPdf SetStream(int number, string dictionary, byte[] data)
    {
        objects[number] = dictionary;
        streams[number] = data;
        return this;
    }

    public MiniPdf SetStream(int number, string dictionary, string text) => SetStream(number, dictionary, Encoding.Latin1.GetBytes(text));

    public MiniPdf Remove(int number)
    {
        objects.Remove(number);
        streams.Remove(number);
        return this;
    }

    public string Body(int number) => objects[number];

    /// <summary>Every object: its number, its text, and its stream data when it is a stream.</summary>
    public IEnumerable<(int Number, string Body, byte[]? Data)> Objects => objects.Select(o => (o.Key, o.Value, streams.GetValueOrDefault(o.Key)));

    public byte[] StreamData(int number) => streams[number];

    /// <summary>Replaces text in an object, failing the test if the text is not there (so a broken test cannot pass vacuously).</summary>
    public MiniPdf Replace(int number, string old, string replacement)
    {
        Assert.True(objects[number].Contains(old, StringComparison.Ordinal), $"object {number} has no '{old}': {objects[number]}");
        objects[number] = objects[number].Replace(old, replacement, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Replaces text in a stream's data.</summary>
    public MiniPdf ReplaceInStream(int number, string old, string replacement)
    {
        var text = Encoding.Latin1.GetString(streams[number]);
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"stream {number} has no '{old}'");
        streams[number] = Encoding.Latin1.GetBytes(text.Replace(old, replacement, StringComparison.Ordinal));
        return this;
    }

    public byte[] Build()
    {
        var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write(Header);
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            if (streams.TryGetValue(number, out var data))
            {
                Write($"{number} 0 obj\n<< {body} /Length {data.Length} >>\nstream\n");
                output.Write(data);
                Write("\nendstream\nendobj\n");
            }
            else Write($"{number} 0 obj\n{body}\nendobj\n");
        }
        var size = objects.Count == 0 ? 1 : objects.Keys.Max() + 1;
        var xref = output.Position;
        Write($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++)
            Write(offsets.TryGetValue(n, out var at) ? $"{at:D10} 00000 n \n" : "0000000000 65535 f \n");
        Write($"trailer\n<< /Size {size} {Trailer} /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>zlib data as RFC 1950 says: header, deflate blocks ending with a final block, Adler-32.</summary>
    public static byte[] Flate(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>Deflate data flushed but never finished: no block marked final, no checksum.</summary>
    public static byte[] FlateWithoutFinalBlock(byte[] data)
    {
        var output = new MemoryStream();
        var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true);
        zlib.Write(data);
        zlib.Flush();
        var unfinished = output.ToArray();
        zlib.Dispose();
        return unfinished;
    }

    /// <summary>UTF-16BE hex of text: the character codes of <see cref="CleanPdf"/>'s Identity-H font.</summary>
    public static string Hex(string text) => "<" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
}
