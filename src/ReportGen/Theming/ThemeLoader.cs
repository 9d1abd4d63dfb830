using ReportGen.Diagnostics;
using ReportGen.Files;
using ReportGen.Loading;
using ReportGen.Templating.Sets;

namespace ReportGen.Theming;

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
        Load(new FolderTemplateSet(folder, displayFolder), diagnostics, out _);

    /// <summary>Loads the theme of a template set, also giving the size and SHA-256 of the bytes read, for the build's manifest.</summary>
    public static Theme? Load(TemplateSet set, DiagnosticBag diagnostics, out ManifestEntry? read)
    {
        read = null;
        var shown = set.ShownFile(FileName);
        if (!set.Has(FileName))
        {
            diagnostics.Error("RG0320", new SourceLocation(shown), "the template set has no theme.json. Copy one from a set (reportgen templates copy board-paper DIR) and adjust it.");
            return null;
        }
        var file = set.Read(FileName, MaxThemeBytes);
        if (file.Bytes is not { } bytes)
        {
            // The set says "FILE cannot be read: why."; of the theme, the README's words are "the theme cannot be read: why."
            var why = file.Problem?.Replace($"{shown} cannot be read: ", "", StringComparison.Ordinal) ?? "";
            diagnostics.Error(file.Code == "RG0330" ? "RG0330" : "RG0321", new SourceLocation(shown), file.Code == "RG0330" ? file.Problem! : $"the theme cannot be read: {why}");
            return null;
        }
        read = ManifestEntry.Of(FileName, bytes, "theme");
        var theme = CheckedJsonReader.Read(bytes, shown, ThemeShapes.Theme, MaxDepth, diagnostics, out var locate);
        if (theme is null) return null;
        var values = new DiagnosticBag();
        ThemeChecker.Check(theme, locate, values);
        diagnostics.AddRange(values.Items);
        return values.HasErrors ? null : theme;
    }
}
