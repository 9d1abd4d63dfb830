namespace ReportGen.Checking.Cos;

/// <summary>Objects stored inside object streams (ISO 32000-1 §7.5.7).</summary>
internal sealed partial class CosFile
{
    private readonly Dictionary<int, (byte[] Data, int First, List<(int Number, int Offset)> Index)> objectStreams = [];

    private CosObject? ReadCompressed(int number, XrefEntry entry)
    {
        if (!objectStreams.ContainsKey(entry.StreamNumber))
        {
            if (GetObject(entry.StreamNumber) is not CosStream stream)
                throw new CosSyntaxException($"object {number} is said to be in object stream {entry.StreamNumber}, which is not a stream", 0);
            ObjectStreamIndex(entry.StreamNumber, stream);
        }
        if (!objectStreams.TryGetValue(entry.StreamNumber, out var objectStream) || entry.Index >= objectStream.Index.Count)
            throw new CosSyntaxException($"object {number} is not in object stream {entry.StreamNumber}", 0);
        var (contained, offset) = objectStream.Index[entry.Index];
        if (contained != number) throw new CosSyntaxException($"object stream {entry.StreamNumber} holds object {contained} where {number} was expected", 0);
        var start = objectStream.First + offset;
        if (start < 0 || start >= objectStream.Data.Length) throw new CosSyntaxException($"object {number} lies outside its object stream", 0);
        var value = new CosParser(new CosLexer(objectStream.Data, start, objectStream.Data.Length), Budget).ReadObject();
        return value is CosKeyword keyword ? throw new CosSyntaxException($"'{keyword.Word}' where object {number} belongs", 0) : value;
    }

    /// <summary>Decodes an object stream once and reads its table of object numbers and offsets.</summary>
    private List<(int Number, int Offset)> ObjectStreamIndex(int streamNumber, CosStream stream)
    {
        if (objectStreams.TryGetValue(streamNumber, out var known)) return known.Index;
        var index = new List<(int, int)>();
        var data = StreamDecoder.Decode(this, stream).Data ?? [];
        var count = (Resolve(stream.Dictionary["N"]) as CosNumber)?.AsInt ?? 0;
        var first = (Resolve(stream.Dictionary["First"]) as CosNumber)?.AsInt ?? 0;
        var lexer = new CosLexer(data);
        for (var i = 0; i < count && i < data.Length / 2; i++)
        {
            if (lexer.Next() != CosToken.Number) break;
            var number = lexer.Number;
            if (lexer.Next() != CosToken.Number) break;
            Budget.SpendObjects();
            if (number is >= 0 and <= int.MaxValue && lexer.Number is >= 0 and <= int.MaxValue) index.Add(((int)number, (int)lexer.Number));
        }
        objectStreams[streamNumber] = (data, first, index);
        return index;
    }
}
