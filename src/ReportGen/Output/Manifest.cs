using System.Security.Cryptography;
using System.Text.Json;

namespace ReportGen;

/// <summary>One file a manifest lists: its name (relative: no folder), size and SHA-256; inputs also say what they were to the build.</summary>
/// <param name="Role">For inputs: "data", "template" or "theme"; null for outputs.</param>
public sealed record ManifestEntry(string File, long Bytes, string Sha256, string? Role = null)
{
    /// <summary>The entry for some bytes.</summary>
    public static ManifestEntry Of(string file, byte[] bytes, string? role = null) =>
        new(file, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)), role);
}

/// <summary>
/// The record archivists check: <c>NAME.manifest.json</c> beside the outputs, committed with them, listing the tool
/// version and the SHA-256 of every output and every input (data file, each template, the theme). Byte-for-byte
/// deterministic: no clock, no machine path, entries in a fixed order, one way of writing JSON.
/// </summary>
public static class Manifest
{
    /// <summary>What a manifest's name ends with: an output set named NAME has NAME.manifest.json.</summary>
    public const string Suffix = ".manifest.json";

    /// <summary>The format's name and version, the first thing in the file.</summary>
    public const string Format = "ReportGen manifest 1";

    /// <summary>The manifest's bytes.</summary>
    public static byte[] Write(string tool, IEnumerable<ManifestEntry> outputs, IEnumerable<ManifestEntry> inputs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("manifest", Format);
            json.WriteString("tool", tool);
            WriteEntries(json, "outputs", outputs.OrderBy(e => e.File, StringComparer.Ordinal));
            WriteEntries(json, "inputs", inputs.OrderBy(e => RoleOrder(e.Role)).ThenBy(e => e.File, StringComparer.Ordinal));
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>A manifest read back: its tool, outputs and inputs; or null with <paramref name="problem"/> saying why not.</summary>
    public static (string Tool, List<ManifestEntry> Outputs, List<ManifestEntry> Inputs)? Read(byte[] utf8, out string problem)
    {
        problem = "";
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("manifest", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                problem = $"it is not a ReportGen manifest (\"manifest\": \"{Format}\" is missing)";
                return null;
            }
            var tool = root.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return (tool, ReadEntries(root, "outputs"), ReadEntries(root, "inputs"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            problem = $"it cannot be read: {ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}";
            return null;
        }
    }

    private static List<ManifestEntry> ReadEntries(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
            throw new FormatException($"\"{name}\" is not a list");
        return list.EnumerateArray().Select(e => new ManifestEntry(
            e.GetProperty("file").GetString() ?? throw new FormatException("an entry has no file"),
            e.GetProperty("bytes").GetInt64(),
            e.GetProperty("sha256").GetString() ?? throw new FormatException("an entry has no sha256"),
            e.TryGetProperty("role", out var role) ? role.GetString() : null)).ToList();
    }

    private static void WriteEntries(Utf8JsonWriter json, string name, IEnumerable<ManifestEntry> entries)
    {
        json.WriteStartArray(name);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            if (entry.Role is not null) json.WriteString("role", entry.Role);
            json.WriteString("file", entry.File);
            json.WriteNumber("bytes", entry.Bytes);
            json.WriteString("sha256", entry.Sha256);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static int RoleOrder(string? role) => role switch { "data" => 0, "template" => 1, "theme" => 2, _ => 3 };
}
