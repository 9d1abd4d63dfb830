using System.Diagnostics;
using ReportGen.Files;

namespace ReportGen;

/// <summary>
/// A build's hold on its output folder: <c>.reportgen.lock</c> opened with no sharing, which .NET turns into an
/// exclusive flock(2) on Linux and macOS and a sharing lock on Windows. A second build into the same folder
/// waits for it (bounded); the kernel drops the lock when a build dies, however it dies. The file itself stays
/// (deleting a lock file lets two builds each lock a different copy of it).
/// </summary>
public sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file's name; <c>reportgen verify</c> ignores it.</summary>
    public const string FileName = ".reportgen.lock";

    private readonly FileStream stream;

    private OutputFolderLock(FileStream stream) => this.stream = stream;

    /// <summary>Locks <paramref name="folder"/>, waiting up to <paramref name="wait"/>; null when another build still holds it.</summary>
    /// <exception cref="IOException">The lock file cannot be made: the folder does not allow new files.</exception>
    public static OutputFolderLock? Acquire(string folder, TimeSpan wait)
    {
        var path = Path.Combine(folder, FileName);
        if (FileKinds.Of(path) is not (FileKind.Missing or FileKind.Regular))
            throw new IOException($"{FileName} in the output folder is not an ordinary file; remove it");
        var clock = Stopwatch.StartNew();
        var pause = 20;
        while (true)
        {
            try
            {
                return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (IsHeldByAnother(ex))
            {
                if (clock.Elapsed >= wait) return null;
                Thread.Sleep(pause);
                pause = Math.Min(pause * 2, 250);
            }
        }
    }

    /// <summary>True when opening failed only because another process holds the file locked.</summary>
    public static bool IsHeldByAnother(IOException ex) =>
        ex.HResult is SharingViolation or LockViolation || ex.Message.Contains("being used by another process", StringComparison.Ordinal);

    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);

    /// <summary>Releases the folder.</summary>
    public void Dispose() => stream.Dispose();
}
