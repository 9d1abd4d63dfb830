namespace ReportGen.Writers.Pdf.Fonts;

/// <summary>The four faces of a family as font files; a missing face falls back to Regular (and is simulated).</summary>
internal sealed record FontFiles(string Family, string Regular, string? Bold, string? Italic, string? BoldItalic);

/// <summary>
/// Finds a family's TrueType files in the system font folders of Windows, macOS and Linux. Font files are
/// never part of the repository: Arial on Windows and macOS, Liberation Sans (Arial's metrics) or DejaVu Sans on Linux.
/// </summary>
internal static class FontLocator
{
    // File names by family and face: Regular, Bold, Italic, BoldItalic.
    private static readonly Dictionary<string, string[][]> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Arial"] = [["arial.ttf", "Arial.ttf"], ["arialbd.ttf", "Arial Bold.ttf"], ["ariali.ttf", "Arial Italic.ttf"], ["arialbi.ttf", "Arial Bold Italic.ttf"]],
        ["Liberation Sans"] = [["LiberationSans-Regular.ttf"], ["LiberationSans-Bold.ttf"], ["LiberationSans-Italic.ttf"], ["LiberationSans-BoldItalic.ttf"]],
        ["DejaVu Sans"] = [["DejaVuSans.ttf"], ["DejaVuSans-Bold.ttf"], ["DejaVuSans-Oblique.ttf"], ["DejaVuSans-BoldOblique.ttf"]],
    };

    private static readonly Lazy<Dictionary<string, string>> Installed = new(ScanFolders);

    /// <summary>The folders searched, in order, on this machine.</summary>
    public static IReadOnlyList<string> Folders { get; } = SearchFolders();

    /// <summary>The family's files, or null when its regular face is not installed.</summary>
    public static FontFiles? Find(string family)
    {
        var names = Known.TryGetValue(family, out var known) ? known : Guess(family);
        string? Face(int i) => names[i].Select(n => Installed.Value.GetValueOrDefault(n.ToLowerInvariant())).FirstOrDefault(p => p is not null);
        var regular = Face(0);
        return regular is null ? null : new FontFiles(family, regular, Face(1), Face(2), Face(3));
    }

    private static string[][] Guess(string family)
    {
        var stem = family.Replace(" ", "", StringComparison.Ordinal);
        return [[$"{stem}-Regular.ttf", $"{stem}.ttf"], [$"{stem}-Bold.ttf"], [$"{stem}-Italic.ttf", $"{stem}-Oblique.ttf"], [$"{stem}-BoldItalic.ttf", $"{stem}-BoldOblique.ttf"]];
    }

    private static List<string> SearchFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return [Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts")];
        if (OperatingSystem.IsMacOS())
            return ["/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental", Path.Combine(home, "Library", "Fonts")];
        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts")];
    }

    // File name (lower case) → path; the first folder that has a name wins.
    private static Dictionary<string, string> ScanFolders()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders.Where(Directory.Exists))
        {
            var found = Directory.EnumerateFiles(folder, "*.*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
            foreach (var file in found)
                files.TryAdd(Path.GetFileName(file).ToLowerInvariant(), file);
        }
        return files;
    }
}
