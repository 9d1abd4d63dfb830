using System.Text.Json;
using System.Text.Json.Serialization;
using ReportGen.Diagnostics;

namespace ReportGen.Theming;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Theme))]
internal sealed partial class ThemeJsonContext : JsonSerializerContext;

/// <summary>Reads a template folder's theme.json.</summary>
public static class ThemeLoader
{
    /// <summary>The theme's file name inside a template folder.</summary>
    public const string FileName = "theme.json";

    /// <summary>Loads the theme of <paramref name="folder"/>, or reports why it cannot.</summary>
    public static Theme? Load(string folder, string displayFolder, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, FileName);
        var shown = Path.Combine(displayFolder, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error("RG0320", new SourceLocation(shown), "the template folder has no theme.json. Copy templates/board-paper/theme.json and adjust it.");
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), ThemeJsonContext.Default.Theme);
        }
        catch (JsonException ex)
        {
            diagnostics.Error("RG0321", new SourceLocation(shown, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, ex.Path),
                $"the theme cannot be read: {ex.Message.Split(" Path:")[0]}");
            return null;
        }
    }
}
