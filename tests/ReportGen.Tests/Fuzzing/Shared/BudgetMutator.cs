using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportGen.Fuzzing;

/// <summary>Applies mutations to a valid budget file and gives the mutated file's bytes.</summary>
public static class BudgetMutator
{
    private static readonly JsonSerializerOptions Writing = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The budget with every mutation applied in order; structural ones on the JSON tree, then raw ones on the bytes.</summary>
    public static byte[] Apply(byte[] validBudget, IReadOnlyList<Mutation> mutations)
    {
        var root = JsonNode.Parse(validBudget)!;
        foreach (var mutation in mutations.Where(m => m.Kind != MutationKind.Raw))
            ApplyToTree(root, mutation);
        var text = root.ToJsonString(Writing)
            .Replace(Palettes.LoneHigh, "\\ud800", StringComparison.Ordinal)
            .Replace(Palettes.LoneLow, "\\udc00", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes = ReplaceBytes(bytes, Encoding.UTF8.GetBytes(Palettes.BadBytes), [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xE2, 0x82]);
        foreach (var mutation in mutations.Where(m => m.Kind == MutationKind.Raw))
            bytes = ApplyRaw(bytes, mutation);
        return bytes;
    }

    private static void ApplyToTree(JsonNode root, Mutation mutation)
    {
        var all = new List<JsonNode>();
        Collect(root, all);
        // Text goes where text is, numbers where numbers are, so most cases get past the structure check and
        // reach the templates and the writers; the other kinds may strike anywhere.
        var nodes = mutation.Kind switch
        {
            MutationKind.Text or MutationKind.Date => all.Where(n => n.GetValueKind() == JsonValueKind.String).ToList(),
            MutationKind.Number => all.Where(n => n.GetValueKind() == JsonValueKind.Number).ToList(),
            _ => all,
        };
        if (nodes.Count == 0) return;
        var target = nodes[mutation.Target % nodes.Count];
        switch (mutation.Kind)
        {
            case MutationKind.Text:
                Replace(target, JsonValue.Create(Pick(Palettes.Text, mutation.Payload)));
                break;
            case MutationKind.Number:
                Replace(target, JsonNode.Parse(Pick(Palettes.Numbers, mutation.Payload)));
                break;
            case MutationKind.Date:
                Replace(target, JsonValue.Create(Pick(Palettes.Dates, mutation.Payload)));
                break;
            case MutationKind.Literal:
                Replace(target, JsonNode.Parse(Pick(Palettes.Literals, mutation.Payload)));
                break;
            case MutationKind.Remove:
                Remove(target);
                break;
            case MutationKind.Repeat:
                Repeat(target, Pick(Palettes.Repeats, mutation.Payload));
                break;
            case MutationKind.UnknownProperty:
                if ((target as JsonObject ?? target.Parent as JsonObject) is { } into)
                    into[Pick(Palettes.PropertyNames, mutation.Payload)] = 1;
                break;
            case MutationKind.Rename:
                if (target.Parent is JsonObject owner && target.GetPropertyName() is { Length: > 1 } name)
                {
                    owner.Remove(name);
                    owner[name[..^1]] = target;
                }
                break;
        }
    }

    // Every node but the root, in document order.
    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            if (child is null) continue;
            nodes.Add(child);
            Collect(child, nodes);
        }
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = value;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = value;
                break;
        }
    }

    private static void Remove(JsonNode target)
    {
        switch (target.Parent)
        {
            case JsonObject o:
                o.Remove(target.GetPropertyName());
                break;
            case JsonArray a:
                a.RemoveAt(target.GetElementIndex());
                break;
        }
    }

    // Repeats the nearest list element at or above the target: many lines, programmes, objectives.
    private static void Repeat(JsonNode target, int times)
    {
        var element = target;
        while (element.Parent is not null and not JsonArray) element = element.Parent;
        if (element.Parent is not JsonArray list) return;
        var index = element.GetElementIndex();
        for (var i = 0; i < times; i++) list.Insert(index + 1, element.DeepClone());
    }

    private static byte[] ApplyRaw(byte[] bytes, Mutation mutation)
    {
        var at = bytes.Length == 0 ? 0 : mutation.Target % bytes.Length;
        return (mutation.Payload % 7) switch
        {
            0 => bytes[..at],                                                   // truncated
            1 => [.. bytes[..LineStart(bytes, at)], .. "// a note\n"u8, .. bytes[LineStart(bytes, at)..]],
            2 => [.. "\uFEFF"u8, .. bytes],                                      // a byte order mark
            3 => [.. Enumerable.Repeat((byte)'[', 40), .. bytes, .. Enumerable.Repeat((byte)']', 40)],
            4 => [.. bytes[..at], 0xFF, .. bytes[at..]],                        // a byte that is not UTF-8, anywhere
            5 => [.. "\uFEFF\uFEFF"u8, .. bytes],
            _ => [.. bytes[..at], .. "\0"u8, .. bytes[at..]],
        };
    }

    private static int LineStart(byte[] bytes, int at)
    {
        while (at > 0 && bytes[at - 1] != '\n') at--;
        return at;
    }

    private static byte[] ReplaceBytes(byte[] bytes, byte[] find, byte[] replace)
    {
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes.AsSpan(i).StartsWith(find))
            {
                output.AddRange(replace);
                i += find.Length;
            }
            else output.Add(bytes[i++]);
        }
        return [.. output];
    }

    private static T Pick<T>(T[] palette, int index) => palette[index % palette.Length];
}
