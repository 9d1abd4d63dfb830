using System.Text;
using System.Text.Json;
using ReportGen.TextPolicy;

namespace ReportGen.Loading;

/// <summary>Called for each string value and property name with its raw bytes (between the quotes); returns its text.</summary>
/// <param name="path">The value's path; for a property name, the path of the object it names a member of.</param>
/// <param name="start">The byte offset of the raw text in the file.</param>
internal delegate string JsonStringVisitor(ReadOnlySpan<byte> raw, bool escaped, bool isName, string path, int start);

/// <summary>
/// Maps each JSON path in a document (<c>$.programmes[1].amount</c>) to the line and column where it starts,
/// so that checks made on the loaded model can still point at the text the user typed.
/// </summary>
/// <remarks>
/// An object member is located at its property name, an array element at its value.
/// System.Text.Json keeps no line numbers on <see cref="JsonElement"/>, hence this one extra pass; the text
/// policy rides on the same pass. Property names are decoded by hand, so bytes that are not UTF-8 or a lone
/// surrogate in a name are the text policy's findings rather than an exception here.
/// </remarks>
internal sealed class JsonPositionIndex
{
    // Collections over our own structs, not tuples: ReadyToRun precompiles a framework generic instantiated over a
    // type of ours into our image, but one over ValueTuple is no one's, and is JIT-compiled at every start.
    private readonly Dictionary<string, Position> positions = new(StringComparer.Ordinal);
    private readonly List<string> duplicates = [];
    private readonly Dictionary<string, Position> duplicatePositions = new(StringComparer.Ordinal);
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly List<int> lineStarts;
    // The last position located: tokens come in file order, so columns are counted on from it, keeping a
    // 10 MB file written on one line linear rather than quadratic.
    private (int Line, int Offset, int Column) last = (0, 0, 1);

    /// <summary>Where the second writing of a duplicated member is.</summary>
    public (int Line, int Column) FindDuplicate(string path) => duplicatePositions[path].ToTuple();

    /// <summary>Paths of object members written twice; JSON parsers silently keep one, so we report them.</summary>
    public IReadOnlyList<string> Duplicates => duplicates;

    private JsonPositionIndex(ReadOnlyMemory<byte> utf8)
    {
        this.utf8 = utf8;
        lineStarts = LineStarts(utf8.Span);
    }

    /// <summary>Indexes a document that is known to parse; <paramref name="visit"/>, if given, sees every string.</summary>
    public static JsonPositionIndex Build(ReadOnlyMemory<byte> utf8, int maxDepth, JsonStringVisitor? visit = null)
    {
        visit ??= (raw, escaped, _, _, _) => JsonStringDecoder.DecodeLossy(raw, escaped);
        var index = new JsonPositionIndex(utf8);
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = maxDepth });
        var stack = new Stack<Frame>(maxDepth);
        string? pendingProperty = null;

        while (reader.Read())
        {
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var parent = stack.Peek().Path;
                    var name = visit(reader.ValueSpan, reader.ValueIsEscaped, true, parent, offset + 1);
                    pendingProperty = JsonPath.Member(parent, name);
                    var position = Position.Of(index.Locate(offset));
                    if (!index.positions.TryAdd(pendingProperty, position))
                    {
                        index.duplicates.Add(pendingProperty);
                        index.duplicatePositions[pendingProperty] = position;
                    }
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    var path = ValuePath(stack, ref pendingProperty);
                    if (!index.positions.ContainsKey(path))
                        index.positions[path] = Position.Of(index.Locate(offset));
                    if (reader.TokenType is JsonTokenType.String)
                        visit(reader.ValueSpan, reader.ValueIsEscaped, false, path, offset + 1);
                    else if (reader.TokenType is JsonTokenType.StartObject)
                        stack.Push(new Frame(path, -1));
                    else if (reader.TokenType is JsonTokenType.StartArray)
                        stack.Push(new Frame(path, 0));
                    break;
            }
        }
        return index;
    }

    /// <summary>The position of a path, or of its nearest indexed ancestor (a missing member points at its parent).</summary>
    public (int Line, int Column) Find(string path)
    {
        for (var p = path; p.Length > 0; p = JsonPath.Parent(p))
            if (positions.TryGetValue(p, out var found))
                return found.ToTuple();
        return (1, 1);
    }

    /// <summary>The line and column (1-based; columns count characters, not bytes) of a byte offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        var (from, column) = line == last.Line && offset >= last.Offset ? (last.Offset, last.Column) : (lineStarts[line], 1);
        // Columns count characters, not bytes, so "£" does not shift what follows.
        column += Encoding.UTF8.GetCharCount(utf8.Span[from..offset]);
        last = (line, offset, column);
        return (line + 1, column);
    }

    private static string ValuePath(Stack<Frame> stack, ref string? pendingProperty)
    {
        if (stack.Count == 0) return "$";
        if (pendingProperty is { } property)
        {
            pendingProperty = null;
            return property;
        }
        var (parent, next) = stack.Pop();
        stack.Push(new Frame(parent, next + 1));
        return JsonPath.Element(parent, next);
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') starts.Add(i + 1);
        return starts;
    }

    private readonly record struct Position(int Line, int Column)
    {
        public static Position Of((int Line, int Column) at) => new(at.Line, at.Column);

        public (int Line, int Column) ToTuple() => (Line, Column);
    }

    // A container being read: its path, and for a list the index of its next element (-1 for an object).
    private readonly record struct Frame(string Path, int NextIndex);
}
