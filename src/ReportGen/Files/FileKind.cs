using System.Runtime.InteropServices;

namespace ReportGen.Files;

/// <summary>What a path names, as far as ReportGen cares when it reads or replaces it.</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,
    /// <summary>An ordinary file: the only kind ReportGen reads as data or replaces as output.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,
    /// <summary>A device node, FIFO or socket: reading may never end, replacing it would destroy it.</summary>
    Special,
}

/// <summary>
/// Tells an ordinary file from a device node, FIFO or socket. .NET reports all of those as "Normal"
/// (dotnet/runtime#85148), so on Linux this asks the kernel directly with statx(2), whose record has
/// the same layout on every architecture. Elsewhere devices cannot be told apart and count as regular.
/// </summary>
public static class FileKinds
{
    /// <summary>The kind of <paramref name="path"/>; with <paramref name="followLinks"/> false, a link is reported as a link.</summary>
    public static FileKind Of(string path, bool followLinks = false)
    {
        if (OperatingSystem.IsLinux() && Statx(path, followLinks) is { } mode)
            return (mode & 0xF000) switch
            {
                MissingMode => FileKind.Missing,
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0xA000 => FileKind.SymbolicLink,
                _ => FileKind.Special,
            };
        var info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;

    private const int MissingMode = 0;

    // The file's st_mode, MissingMode when nothing is there, null when statx cannot answer (fall back to .NET).
    private static int? Statx(string path, bool followLinks)
    {
        var record = StatxRecord(path, followLinks, out var errno);
        if (record is not null) return BitConverter.ToUInt16(record, 28);
        return errno is NoSuchFile or NotADirectory ? MissingMode : null;
    }

    private static byte[]? StatxRecord(string path, bool followLinks, out int errno)
    {
        errno = 0;
        var record = new byte[256];
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        try
        {
            if (statx(AtCurrentDirectory, name, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, record) == 0) return record;
            errno = Marshal.GetLastPInvokeError();
            return null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // int statx(int dirfd, const char *path, int flags, unsigned int mask, struct statx *buf); glibc 2.28+.
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
}
