namespace ReportGen.Checking.Cos;

/// <summary>Something wrong with the file's syntax, found while reading it.</summary>
/// <param name="Kind">Which kind of problem.</param>
/// <param name="ObjectNumber">The object it is in, when known.</param>
/// <param name="Offset">The byte offset in the file, when known.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record CosProblem(CosProblemKind Kind, int? ObjectNumber, int? Offset, string Message);

/// <summary>Why bytes could not be opened as a PDF at all.</summary>
internal enum CosOpenFailure { None, NoHeader, NoCatalog }

/// <summary>The kinds of syntax problem the reader reports.</summary>
internal enum CosProblemKind { CrossReference, MalformedObject, StreamLength, OverLimit }

/// <summary>
/// A PDF file opened for checking: the cross-reference data (or, when it is damaged, objects found by scanning),
/// the trailer, and objects parsed on first use and kept. Each object is parsed once, so walks over the object graph
/// that also remember what they visited can never loop.
/// </summary>
internal sealed partial class CosFile
{
    private readonly Dictionary<int, XrefEntry> entries = [];
    private readonly Dictionary<int, CosObject> cache = [];
    private readonly HashSet<int> resolving = [];

    private CosFile(byte[] bytes, CheckBudget budget, int headerOffset)
    {
        Bytes = bytes;
        Budget = budget;
        HeaderOffset = headerOffset;
    }

    public byte[] Bytes { get; }

    public CheckBudget Budget { get; }

    /// <summary>Where "%PDF-" starts; PDF/A wants 0.</summary>
    public int HeaderOffset { get; }

    public CosDict Trailer { get; private set; } = new([]);

    public List<CosProblem> Problems { get; } = [];

    /// <summary>The numbers of all objects the cross-reference data (or the scan) knows, in order.</summary>
    public IEnumerable<int> ObjectNumbers => entries.Keys.Order();

    /// <summary>Opens the bytes as a PDF; null with the reason when they are not one at all.</summary>
    public static CosFile? Open(byte[] bytes, CheckBudget budget, out CosOpenFailure failure)
    {
        var header = bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8);
        if (header < 0)
        {
            failure = CosOpenFailure.NoHeader;
            return null;
        }
        var file = new CosFile(bytes, budget, header);
        file.ReadCrossReferences();
        failure = file.Trailer["Root"] is null ? CosOpenFailure.NoCatalog : CosOpenFailure.None;
        return failure == CosOpenFailure.None ? file : null;
    }

    /// <summary>The object itself: follows references (a few links at most); null for a missing or free object.</summary>
    public CosObject? Resolve(CosObject? value)
    {
        for (var hops = 0; hops < 8 && value is CosRef reference; hops++)
            value = GetObject(reference.Number);
        return value is CosRef or CosNull ? null : value;
    }

    /// <summary>The object with this number, parsed on first use; null when missing, free, broken or being read.</summary>
    public CosObject? GetObject(int number)
    {
        if (cache.TryGetValue(number, out var cached)) return cached is CosNull ? null : cached;
        if (!entries.TryGetValue(number, out var entry) || !resolving.Add(number)) return null;
        CosObject? value = null;
        try
        {
            value = entry.Compressed ? ReadCompressed(number, entry) : ReadIndirect(entry.Offset, number);
        }
        catch (CosSyntaxException ex)
        {
            Problems.Add(new CosProblem(CosProblemKind.MalformedObject, number, ex.Offset, $"object {number} cannot be read: {ex.Message}"));
        }
        finally
        {
            resolving.Remove(number);
        }
        cache[number] = value ?? CosNull.Instance;
        return value;
    }

    /// <summary>Parses "n g obj … endobj" at an offset, with its stream data if it has any.</summary>
    private CosObject ReadIndirect(int offset, int expected)
    {
        var parser = new CosParser(new CosLexer(Bytes, offset, Bytes.Length), Budget);
        var lexer = parser.Lexer;
        if (lexer.Next() != CosToken.Number || (int)lexer.Number != expected || lexer.Next() != CosToken.Number
            || lexer.Next() != CosToken.Keyword || lexer.Text != "obj")
            throw new CosSyntaxException($"no 'obj' header for object {expected} at offset {offset}", offset);
        var value = parser.ReadObject();
        if (value is CosKeyword keyword) throw new CosSyntaxException($"'{keyword.Word}' where the object's value belongs", keyword.Offset);
        var mark = lexer.Position;
        if (value is CosDict dict && lexer.Next() == CosToken.Keyword && lexer.Text == "stream")
            return ReadStreamData(dict, lexer.Position, expected);
        lexer.Position = mark;
        return value;
    }

    private CosStream ReadStreamData(CosDict dict, int afterKeyword, int number)
    {
        var start = afterKeyword;
        if (start < Bytes.Length && Bytes[start] == '\r') start++;
        if (start < Bytes.Length && Bytes[start] == '\n') start++;
        var declared = Resolve(dict["Length"]) is CosNumber { IsInteger: true } n ? n.Value : -1;
        if (declared >= 0 && start + declared <= Bytes.Length && EndstreamFollows(start + (long)declared))
            return new CosStream(dict, start, (int)declared, number);
        var end = Bytes.AsSpan(start).IndexOf("endstream"u8);
        if (end < 0) throw new CosSyntaxException("a stream with no 'endstream'", start);
        var length = end;
        if (length > 0 && Bytes[start + length - 1] == '\n') length--;
        if (length > 0 && Bytes[start + length - 1] == '\r') length--;
        Problems.Add(new CosProblem(CosProblemKind.StreamLength, number, start,
            declared < 0 ? $"stream {number} has no usable /Length; its data is {length:N0} bytes"
                         : $"stream {number} declares /Length {declared:N0} but its data is {length:N0} bytes"));
        return new CosStream(dict, start, length, number);
    }

    private bool EndstreamFollows(long position)
    {
        var p = (int)position;
        while (p < Bytes.Length && Bytes[p] is (byte)'\r' or (byte)'\n' or (byte)' ' or (byte)'\t') p++;
        return Bytes.AsSpan(p).StartsWith("endstream"u8);
    }

    /// <summary>Where an object lives: at a byte offset, or as the n-th object of an object stream.</summary>
    private readonly record struct XrefEntry(int Offset, int StreamNumber, int Index, bool Compressed);
}
