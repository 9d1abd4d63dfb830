using System.Text.Json.Nodes;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// The data file's existing lines of one kind (items, funding, transfers out…), so a row of the workbook updates
/// the line it came from — found by id, or by label for a line the data gave no id — and everything the workbook
/// does not show (an exemption, a published sub-total) stays as the data had it. Each line is taken once.
/// </summary>
internal sealed class LinePool
{
    private readonly Dictionary<string, JsonObject> byId = new(StringComparer.Ordinal);
    private readonly List<JsonObject> withoutId = [];

    public void Add(JsonObject line)
    {
        if (line["id"] is JsonValue id && id.TryGetValue<string>(out var text)) byId.TryAdd(text, line);
        else withoutId.Add(line);
    }

    /// <summary>The line with <paramref name="id"/>, else the first id-less line <paramref name="sameLabel"/> accepts, else null; a copy, detached.</summary>
    public JsonObject? Take(string id, Func<JsonObject, bool> sameLabel)
    {
        if (byId.Remove(id, out var line)) return (JsonObject)line.DeepClone();
        var index = withoutId.FindIndex(l => sameLabel(l));
        if (index < 0) return null;
        line = withoutId[index];
        withoutId.RemoveAt(index);
        return (JsonObject)line.DeepClone();
    }

    /// <summary>The lines of every programme's <paramref name="property"/> (a list of lines, or of ring-fenced pairs' <paramref name="inner"/>).</summary>
    public static LinePool Of(JsonArray programmes, string property, string? inner = null)
    {
        var pool = new LinePool();
        foreach (var programme in programmes.OfType<JsonObject>())
            foreach (var item in (programme[property] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (inner is null) pool.Add(item);
                else if (item[inner] is JsonObject line) pool.Add(line);
            }
        return pool;
    }

    /// <summary>Every line item of every group of every programme.</summary>
    public static LinePool Items(JsonArray programmes)
    {
        var pool = new LinePool();
        foreach (var programme in programmes.OfType<JsonObject>())
            foreach (var group in (programme["groups"] as JsonArray ?? []).OfType<JsonObject>())
                foreach (var line in (group["lines"] as JsonArray ?? []).OfType<JsonObject>())
                    pool.Add(line);
        return pool;
    }
}
