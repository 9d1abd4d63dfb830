using System.Text.Json.Serialization;
using ReportGen.Diagnostics;
using ReportGen.Files;
using ReportGen.Loading;
using ReportGen.Templating;

namespace ReportGen.Theming;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Theme))]
internal sealed partial class ThemeJsonContext : JsonSerializerContext;

/// <summary>Reads a template folder's theme.json, checked like the data file: every problem located, with a code.</summary>
public static class ThemeLoader
{
    /// <summary>The theme's file name inside a template folder.</summary>
    public const string FileName = "theme.json";

    /// <summary>The largest theme file read; the shipped one is under 2 KB.</summary>
    public const long MaxThemeBytes = 256 * 1024;

    /// <summary>The deepest nesting a theme needs is 3; a little room for notes.</summary>
    public const int MaxDepth = 8;

    /// <summary>Loads the theme of <paramref name="folder"/>, or reports why it cannot.</summary>
    public static Theme? Load(string folder, string displayFolder, DiagnosticBag diagnostics) =>
        Load(folder, displayFolder, diagnostics, out _);

    /// <summary>Loads the theme, also giving the size and SHA-256 of the bytes read, for the build's manifest.</summary>
    public static Theme? Load(string folder, string displayFolder, DiagnosticBag diagnostics, out ManifestEntry? read)
    {
        read = null;
        var path = Path.Combine(folder, FileName);
        var shown = Path.Combine(displayFolder, FileName);
        if (FileKinds.Of(path) == FileKind.Missing)
        {
            diagnostics.Error("RG0320", new SourceLocation(shown), "the template folder has no theme.json. Copy templates/board-paper/theme.json and adjust it.");
            return null;
        }
        string real;
        try
        {
            real = new TemplateFolderLoader(folder, displayFolder).Confine(path, shown, default);
        }
        catch (TemplateFileException ex)
        {
            diagnostics.Error(ex.Code, ex.At, ex.OriginalMessage);
            return null;
        }
        var file = InputFile.Read(real, MaxThemeBytes, allowSpecial: false);
        if (file.Bytes is not { } bytes)
        {
            diagnostics.Error("RG0321", new SourceLocation(shown), $"the theme cannot be read: {file.Detail}.");
            return null;
        }
        read = ManifestEntry.Of(FileName, bytes, "theme");
        var theme = CheckedJsonReader.Read(bytes, shown, ThemeJsonContext.Default.Theme, MaxDepth, diagnostics, out var locate);
        if (theme is null) return null;
        var values = new DiagnosticBag();
        ThemeChecker.Check(theme, locate, values);
        diagnostics.AddRange(values.Items);
        return values.HasErrors ? null : theme;
    }
}
