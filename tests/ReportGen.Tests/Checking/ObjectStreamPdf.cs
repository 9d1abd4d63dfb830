using System.Text;

namespace ReportGen.Tests.Checking;

/// <summary>Writes a <see cref="MiniPdf"/> the PDF 1.5 way: every object that is not a stream inside one compressed
/// object stream, indexed by a cross-reference stream with a PNG "Up" predictor, as Acrobat and LibreOffice write them.</summary>
internal sealed class ObjectStreamPdf(MiniPdf source)
{
    public byte[] Build()
    {
        var output = new MemoryStream();
        void Write(string text) => output.Write(Encoding.Latin1.GetBytes(text));
        Write(source.Header);
        var all = source.Objects.ToList();
        var objectStream = all.Max(o => o.Number) + 1;
        var xrefStream = objectStream + 1;
        var rows = new SortedDictionary<int, (int Type, long Field2, int Field3)>();
        foreach (var (number, body, data) in all.Where(o => o.Data is not null))
        {
            rows[number] = (1, output.Position, 0);
            Write($"{number} 0 obj\n<< {body} /Length {data!.Length} >>\nstream\n");
            output.Write(data);
            Write("\nendstream\nendobj\n");
        }
        var compressed = all.Where(o => o.Data is null).ToList();
        var bodies = new StringBuilder();
        var index = new StringBuilder();
        for (var i = 0; i < compressed.Count; i++)
        {
            index.Append($"{compressed[i].Number} {bodies.Length} ");
            bodies.Append(compressed[i].Body).Append('\n');
            rows[compressed[i].Number] = (2, objectStream, i);
        }
        var packed = MiniPdf.Flate(Encoding.Latin1.GetBytes(index.ToString() + bodies));
        rows[objectStream] = (1, output.Position, 0);
        Write($"{objectStream} 0 obj\n<< /Type /ObjStm /N {compressed.Count} /First {index.Length} /Filter /FlateDecode /Length {packed.Length} >>\nstream\n");
        output.Write(packed);
        Write("\nendstream\nendobj\n");
        rows[xrefStream] = (1, output.Position, 0);
        var table = Table(rows, xrefStream + 1);
        Write($"{xrefStream} 0 obj\n<< /Type /XRef /Size {xrefStream + 1} /W [1 4 2] {source.Trailer} /Filter /FlateDecode " +
              $"/DecodeParms << /Predictor 12 /Columns 7 >> /Length {table.Length} >>\nstream\n");
        output.Write(table);
        Write($"\nendstream\nendobj\nstartxref\n{rows[xrefStream].Field2}\n%%EOF\n");
        return output.ToArray();
    }

    /// <summary>Rows of 7 bytes (type, 4-byte offset or stream, 2-byte index), each predicted "Up" from the row above.</summary>
    private static byte[] Table(SortedDictionary<int, (int Type, long Field2, int Field3)> rows, int size)
    {
        var raw = new List<byte>();
        var previous = new byte[7];
        for (var n = 0; n < size; n++)
        {
            var (type, field2, field3) = rows.GetValueOrDefault(n, (0, 0, n == 0 ? 65535 : 0));
            byte[] row = [(byte)type, (byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3];
            raw.Add(2);
            raw.AddRange(row.Select((b, i) => (byte)(b - previous[i])));
            previous = row;
        }
        return MiniPdf.Flate([.. raw]);
    }
}
