using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportGen.Comparing;

/// <summary>
/// Compares two data files field by field, whatever the fields are — signatory, objectives, classification, names,
/// streams, column headings, hidden, exemptions, order — so nothing in the data changes unseen. Lists of things
/// with ids (programmes, lines) are matched by id, and a change of order is a change of its own.
/// </summary>
public static class DataComparer
{
    /// <summary>The section of the report these changes go under.</summary>
    public const string Section = "Data";

    /// <summary>Every field that differs, by JSON path. Amounts are left to the figures report, which says what they move.</summary>
    public static IReadOnlyList<PaperChange> Compare(ReadOnlySpan<byte> old, ReadOnlySpan<byte> updated)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };
        var changes = new List<PaperChange>();
        Node(changes, "$", JsonNode.Parse(old, documentOptions: options), JsonNode.Parse(updated, documentOptions: options));
        return changes;
    }

    // Amounts are reported by the figures comparison (with what they move); $schema says nothing to a reader.
    private static bool Skipped(string name) => name is "amount" or "$schema";

    private static void Node(List<PaperChange> changes, string path, JsonNode? old, JsonNode? updated)
    {
        switch (old, updated)
        {
            case (JsonObject a, JsonObject b):
                foreach (var (name, value) in b.Where(p => !Skipped(p.Key)))
                    Node(changes, Member(path, name), a[name], value);
                foreach (var (name, value) in a.Where(p => !Skipped(p.Key) && !b.ContainsKey(p.Key)))
                    Node(changes, Member(path, name), value, null);
                break;
            case (JsonArray a, JsonArray b) when Ids(a) is { } oldIds && Ids(b) is { } newIds:
                foreach (var (id, i) in newIds.Select((id, i) => (id, i)))
                {
                    var j = Array.IndexOf(oldIds, id);
                    Node(changes, $"{path}[{i}] ({id})", j < 0 ? null : a[j], b[i]);
                }
                foreach (var (id, j) in oldIds.Select((id, j) => (id, j)).Where(x => !newIds.Contains(x.id)))
                    Node(changes, $"{path}[{j}] ({id})", a[j], null);
                var kept = newIds.Where(oldIds.Contains).ToArray();
                if (!kept.SequenceEqual(oldIds.Where(newIds.Contains)))
                    changes.Add(new(ChangeKind.Changed, Section, $"{path} order", string.Join(", ", oldIds.Where(newIds.Contains)), string.Join(", ", kept)));
                break;
            case (JsonArray a, JsonArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                    Node(changes, $"{path}[{i}]", i < a.Count ? a[i] : null, i < b.Count ? b[i] : null);
                break;
            default:
                var (before, after) = (Show(old), Show(updated));
                if (before == after) return;
                var kind = old is null ? ChangeKind.Added : updated is null ? ChangeKind.Removed : ChangeKind.Changed;
                changes.Add(new(kind, Section, path, before, after));
                break;
        }
    }

    // The ids of a list whose every item has one, unique; null for other lists (compared by position).
    private static string[]? Ids(JsonArray array)
    {
        var ids = array.Select(n => n is JsonObject o && o["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null).ToArray();
        return ids.Length > 0 && ids.All(i => i is not null) && ids.Distinct(StringComparer.Ordinal).Count() == ids.Length ? [.. ids.Select(i => i!)] : null;
    }

    private static string? Show(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(Compact),
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Member(string parent, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? $"{parent}.{name}" : $"{parent}['{name}']";
}
