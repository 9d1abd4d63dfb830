namespace ReportGen.Tests.Support;

/// <summary>A temporary template folder: a copy of some templates plus the shipped theme, deleted afterwards.</summary>
internal sealed class TemplateFolder : IDisposable
{
    private TemplateFolder(string path) => Path = path;

    // A fresh parent folder each time, holding a folder named like the set copied: the set's name (which output
    // names use) stays "board-paper" for a copy of the shipped set.

    public string Path { get; }

    public static TemplateFolder CopyOf(string source)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportgen-templates-" + Guid.NewGuid().ToString("N"), System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(source)));
        Directory.CreateDirectory(path);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, System.IO.Path.Combine(path, System.IO.Path.GetFileName(file)));
        var theme = System.IO.Path.Combine(path, "theme.json");
        if (!File.Exists(theme)) File.Copy(System.IO.Path.Combine(Built.Templates, "theme.json"), theme);
        return new TemplateFolder(path);
    }

    /// <summary>A copy of the shipped templates, to change one file of.</summary>
    public static TemplateFolder CopyOfShipped() => CopyOf(Built.Templates);

    public void Write(string name, string text) => File.WriteAllText(System.IO.Path.Combine(Path, name), text);

    public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Path, name));

    public void Dispose() => Directory.Delete(System.IO.Path.GetDirectoryName(Path)!, recursive: true);
}
