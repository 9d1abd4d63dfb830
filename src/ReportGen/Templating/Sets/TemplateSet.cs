using ReportGen.Files;

namespace ReportGen.Templating.Sets;

/// <summary>One file of a template set as read: its bytes, or the code and words for why there are none.</summary>
/// <param name="Shown">How diagnostics name the file.</param>
public sealed record SetFile(string Shown, byte[]? Bytes, string? Code = null, string? Problem = null);

/// <summary>
/// A template set: the templates, the theme, a README and an example data file for one kind of paper — a folder on
/// disk, or built into the tool so that <c>reportgen</c> works from any folder.
/// </summary>
public abstract class TemplateSet
{
    /// <summary>The set's name: the folder's name, or the built-in set's (board-paper, allocations). Output names use it.</summary>
    public abstract string Name { get; }

    /// <summary>How diagnostics name the set: its folder as the user wrote it, or "reportgen:board-paper" for a built-in set.</summary>
    public abstract string Shown { get; }

    /// <summary>The folder the set's files are in, or null for a built-in set (whose files nothing can overwrite).</summary>
    public abstract string? Folder { get; }

    /// <summary>The names of the set's files (templates, theme.json, README.md, example.json).</summary>
    public abstract IReadOnlyList<string> FileNames { get; }

    /// <summary>True when the set has <paramref name="fileName"/>.</summary>
    public abstract bool Has(string fileName);

    /// <summary>Reads <paramref name="fileName"/>, at most <paramref name="limit"/> bytes.</summary>
    public abstract SetFile Read(string fileName, long limit);

    /// <summary>How diagnostics name one of the set's files.</summary>
    public string ShownFile(string fileName) => Folder is null ? $"{Shown}/{fileName}" : Path.Combine(Shown, fileName);
}

/// <summary>
/// A set in a folder on disk. Every file is followed through its links to where it really is, which must be inside
/// the folder's own real path, so a link in the folder cannot lead a template to /etc/passwd; files are read with a
/// size limit.
/// </summary>
public sealed class FolderTemplateSet(string folder, string shown) : TemplateSet
{
    private string? realFolder;

    /// <inheritdoc/>
    public override string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    /// <inheritdoc/>
    public override string Shown => shown;

    /// <inheritdoc/>
    public override string? Folder => folder;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileNames =>
        Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    /// <inheritdoc/>
    public override bool Has(string fileName) => FileKinds.Of(Path.Combine(folder, fileName)) != FileKind.Missing;

    /// <inheritdoc/>
    public override SetFile Read(string fileName, long limit)
    {
        var shownFile = ShownFile(fileName);
        string real;
        try
        {
            realFolder ??= RealPath.Resolve(folder);
            real = RealPath.Resolve(Path.Combine(folder, fileName));
        }
        catch (IOException)
        {
            return new SetFile(shownFile, null, "RG0331", $"{shownFile} cannot be read: its symbolic links loop.");
        }
        if (!RealPath.IsInside(real, realFolder) || RealPath.Same(real, realFolder))
            return new SetFile(shownFile, null, "RG0330",
                $"{shownFile} is a symbolic link to {real}, outside the template folder. Templates and the theme are read from their folder only: copy the file in instead of linking to it.");
        var file = InputFile.Read(real, limit, allowSpecial: false);
        return file.Bytes is { } bytes
            ? new SetFile(shownFile, bytes)
            : new SetFile(shownFile, null, "RG0331", $"{shownFile} cannot be read: {file.Detail}.");
    }
}
