namespace ReportGen.Files;

/// <summary>
/// The path a name really leads to, every symbolic link followed, resolved the way the kernel does it:
/// "<c>..</c>" after a link climbs out of the link's target, not out of the folder the link sits in.
/// Parts that do not exist yet (an output about to be written) are kept as written.
/// </summary>
public static class RealPath
{
    /// <summary>More links than this in one path is a loop (Linux stops at 40 too).</summary>
    public const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="path"/>; throws <see cref="IOException"/> when links loop.</summary>
    public static string Resolve(string path)
    {
        var start = Path.IsPathRooted(path) ? path : Path.Join(Environment.CurrentDirectory, path);
        var current = Path.GetPathRoot(start)!;
        var pending = new Stack<string>();
        Push(pending, start[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"more than {MaxLinks} symbolic links in a row: they loop");
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both already resolved).</summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var withSeparator = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.Equals(folder, comparison) || path.StartsWith(withSeparator, comparison);
    }

    /// <summary>True when two resolved paths name the same entry.</summary>
    public static bool Same(string a, string b) =>
        a.Equals(b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
