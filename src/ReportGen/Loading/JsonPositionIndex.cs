using System.Text;
using System.Text.Json;

namespace ReportGen.Loading;

/// <summary>
/// Maps each JSON path in a document (<c>$.programmes[1].amount</c>) to the line and column where it starts,
/// so that checks made on the loaded model can still point at the text the user typed.
/// </summary>
/// <remarks>
/// An object member is located at its property name, an array element at its value.
/// System.Text.Json keeps no line numbers on <see cref="JsonElement"/>, hence this one extra pass.
/// </remarks>
internal sealed class JsonPositionIndex
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);
    private readonly List<string> duplicates = [];
    private readonly Dictionary<string, (int Line, int Column)> duplicatePositions = new(StringComparer.Ordinal);

    /// <summary>Where the second writing of a duplicated member is.</summary>
    public (int Line, int Column) FindDuplicate(string path) => duplicatePositions[path];

    /// <summary>Paths of object members written twice; JSON parsers silently keep one, so we report them.</summary>
    public IReadOnlyList<string> Duplicates => duplicates;

    private JsonPositionIndex() { }

    /// <summary>Indexes a document that is known to parse.</summary>
    public static JsonPositionIndex Build(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var index = new JsonPositionIndex();
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        // Each frame: the container's path, and for arrays the next element index (-1 for objects).
        var stack = new Stack<(string Path, int NextIndex)>();
        string? pendingProperty = null;

        while (reader.Read())
        {
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = JsonPath.Member(stack.Peek().Path, reader.GetString()!);
                    var position = Locate(utf8, lineStarts, offset);
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
                        index.positions[path] = Locate(utf8, lineStarts, offset);
                    if (reader.TokenType is JsonTokenType.StartObject)
                        stack.Push((path, -1));
                    else if (reader.TokenType is JsonTokenType.StartArray)
                        stack.Push((path, 0));
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
                return found;
        return (1, 1);
    }

    private static string ValuePath(Stack<(string Path, int NextIndex)> stack, ref string? pendingProperty)
    {
        if (stack.Count == 0) return "$";
        if (pendingProperty is { } property)
        {
            pendingProperty = null;
            return property;
        }
        var (parent, next) = stack.Pop();
        stack.Push((parent, next + 1));
        return $"{parent}[{next}]";
    }

    private static List<int> LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
            if (utf8[i] == (byte)'\n') starts.Add(i + 1);
        return starts;
    }

    private static (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        // Columns count characters, not bytes, so "£" does not shift what follows.
        var column = Encoding.UTF8.GetCharCount(utf8[lineStarts[line]..offset]) + 1;
        return (line + 1, column);
    }
}
