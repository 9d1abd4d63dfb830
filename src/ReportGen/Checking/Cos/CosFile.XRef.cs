namespace ReportGen.Checking.Cos;

/// <summary>Reading cross-reference tables and streams (ISO 32000-1 §7.5.4, §7.5.8), newest section first.</summary>
internal sealed partial class CosFile
{
    private void ReadCrossReferences()
    {
        string? broken;
        try
        {
            broken = ReadChain();
        }
        catch (CosSyntaxException ex)
        {
            broken = ex.Message;
        }
        broken ??= FirstMisplacedObject();
        if (broken is null) return;
        Problems.Add(new CosProblem(CosProblemKind.CrossReference, null, null,
            $"the cross-reference data is damaged ({broken}); objects were found by scanning the file instead"));
        entries.Clear();
        cache.Clear();
        Recover();
    }

    /// <summary>Follows startxref and each /Prev; returns why it could not, or null.</summary>
    private string? ReadChain()
    {
        var tail = Math.Max(0, Bytes.Length - 2048);
        var at = Bytes.AsSpan(tail).LastIndexOf("startxref"u8);
        if (at < 0) return "there is no 'startxref' near the end of the file";
        var lexer = new CosLexer(Bytes, tail + at + 9, Bytes.Length);
        if (lexer.Next() != CosToken.Number) return "'startxref' is not followed by an offset";
        var offset = lexer.Number;
        var seen = new HashSet<double>();
        var trailers = new List<CosDict>();
        while (offset >= 0)
        {
            if (offset >= Bytes.Length || !seen.Add(offset)) return $"a section at offset {offset} is outside the file or read twice";
            if (seen.Count > 1000) return "more than 1,000 cross-reference sections";
            var trailer = ReadSection((int)offset);
            if (trailer is null) return $"no cross-reference section at offset {offset}";
            trailers.Add(trailer);
            if (trailer["XRefStm"] is CosNumber hybrid && hybrid.Value >= 0 && hybrid.Value < Bytes.Length && seen.Add(hybrid.Value))
                ReadSection(hybrid.AsInt);
            offset = trailer["Prev"] is CosNumber prev ? prev.Value : -1;
        }
        var merged = new Dictionary<string, CosObject>();
        foreach (var trailer in trailers)
            foreach (var (key, value) in trailer.Entries)
                merged.TryAdd(key, value);
        Trailer = new CosDict(merged);
        return null;
    }

    /// <summary>Reads a table ("xref … trailer") or a cross-reference stream at an offset; returns its trailer dictionary.</summary>
    private CosDict? ReadSection(int offset)
    {
        var lexer = new CosLexer(Bytes, offset, Bytes.Length);
        var parser = new CosParser(lexer, Budget);
        var mark = lexer.Position;
        if (lexer.Next() == CosToken.Keyword && lexer.Text == "xref") return ReadTable(parser);
        lexer.Position = mark;
        if (lexer.Next() != CosToken.Number || lexer.Next() != CosToken.Number) return null;
        lexer.Position = mark;
        lexer.Next();
        var number = (int)lexer.Number;
        if (ReadIndirect(offset, number) is not CosStream { } stream || (stream.Dictionary["Type"] as CosName)?.Value != "XRef") return null;
        ReadXrefStream(stream);
        return stream.Dictionary;
    }

    private CosDict? ReadTable(CosParser parser)
    {
        var lexer = parser.Lexer;
        while (true)
        {
            var token = lexer.Next();
            if (token == CosToken.Keyword && lexer.Text == "trailer") return parser.ReadObject() as CosDict;
            if (token != CosToken.Number) return null;
            var first = (long)lexer.Number;
            if (lexer.Next() != CosToken.Number) return null;
            var count = (long)lexer.Number;
            if (first < 0 || count < 0 || count > Bytes.Length / 18) return null;
            for (var i = 0L; i < count; i++)
            {
                if (lexer.Next() != CosToken.Number) return null;
                var entryOffset = lexer.Number;
                if (lexer.Next() != CosToken.Number || lexer.Next() != CosToken.Keyword) return null;
                Budget.SpendObjects();
                var number = first + i;
                if (lexer.Text == "n" && number <= int.MaxValue && entryOffset is >= 0 and < int.MaxValue)
                    entries.TryAdd((int)number, new XrefEntry((int)entryOffset, 0, 0, false));
                else if (lexer.Text is not ("n" or "f")) return null;
            }
        }
    }

    private void ReadXrefStream(CosStream stream)
    {
        var data = StreamDecoder.Decode(this, stream).Data ?? throw new CosSyntaxException("a cross-reference stream that cannot be decoded", stream.DataStart);
        var widths = (Resolve(stream.Dictionary["W"]) as CosArray)?.Items.Select(w => (Resolve(w) as CosNumber)?.AsInt ?? -1).ToArray();
        if (widths is not { Length: 3 } || widths.Any(w => w is < 0 or > 8)) throw new CosSyntaxException("a cross-reference stream with a bad /W", stream.DataStart);
        var size = (Resolve(stream.Dictionary["Size"]) as CosNumber)?.AsInt ?? 0;
        var index = (Resolve(stream.Dictionary["Index"]) as CosArray)?.Items.Select(i => (Resolve(i) as CosNumber)?.AsInt ?? 0).ToArray() ?? [0, size];
        var rowLength = widths.Sum();
        var position = 0;
        for (var s = 0; s + 1 < index.Length; s += 2)
            for (var i = 0; i < index[s + 1] && position + rowLength <= data.Length; i++, position += rowLength)
            {
                Budget.SpendObjects();
                var type = widths[0] == 0 ? 1 : Field(data, position, widths[0]);
                var second = Field(data, position + widths[0], widths[1]);
                var third = Field(data, position + widths[0] + widths[1], widths[2]);
                var number = (long)index[s] + i;
                if (number < 0 || number > int.MaxValue || second > int.MaxValue) continue;
                if (type == 1) entries.TryAdd((int)number, new XrefEntry((int)second, 0, 0, false));
                else if (type == 2) entries.TryAdd((int)number, new XrefEntry(0, (int)second, (int)Math.Min(third, int.MaxValue), true));
            }
    }

    private static long Field(byte[] data, int start, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++) value = value << 8 | data[start + i];
        return value;
    }

    /// <summary>Checks that every offset the table gives points at its object's "n g obj" header.</summary>
    private string? FirstMisplacedObject()
    {
        foreach (var (number, entry) in entries)
        {
            if (entry.Compressed) continue;
            var lexer = new CosLexer(Bytes, entry.Offset, Bytes.Length);
            if (entry.Offset >= Bytes.Length || lexer.Next() != CosToken.Number || lexer.Number != number)
                return $"the entry for object {number} points at offset {entry.Offset}, where that object is not";
        }
        return null;
    }
}
