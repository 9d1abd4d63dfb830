using System.Text;

namespace ReportGen.Cli;

/// <summary>
/// Standard output or error, written with care: a closed pipe (<c>| head</c>), a closed descriptor (<c>&gt;&amp;-</c>) or
/// a full device (<c>&gt; /dev/full</c>) makes a write fail with an I/O error, which would otherwise escape — while
/// reporting the first one to the other stream — and end the process with SIGABRT. Here the first failure is
/// noted and later writes are dropped; the program then says so where it still can, and exits non-zero.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner, string? failure = null) : TextWriter
{
    /// <summary>Why writing failed, or null while it has not.</summary>
    public string? Failure { get; private set; } = failure;

    /// <summary>
    /// Standard output (1) or error (2). On Linux a pipe, socket or device is written straight to its descriptor:
    /// .NET's console stream drops writes to a closed pipe without a word, and "wrote" lines lost unseen must not
    /// pass as success. A regular file keeps the console stream, whose write(2) moves the file offset it shares
    /// with the shell (a FileStream would write at offsets of its own, over what the shell writes after it).
    /// </summary>
    public static GuardedWriter Standard(int descriptor)
    {
        var console = descriptor == 1 ? Console.Out : Console.Error;
        if (!OperatingSystem.IsLinux()) return new GuardedWriter(console);
        switch (Files.FileKinds.Of($"/proc/self/fd/{descriptor}", followLinks: true))
        {
            case Files.FileKind.Missing:
                return new GuardedWriter(Null, "it is closed");
            case Files.FileKind.Special:
                try
                {
                    var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: false);
                    var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
                    return new GuardedWriter(new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" });
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    return new GuardedWriter(Null, ex.Message);
                }
            default:
                return new GuardedWriter(console);
        }
    }

    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter allows null; ours passes it on.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (Failure is not null) return;
        try
        {
            write();
        }
        catch (IOException ex)
        {
            Failure = ex.Message;
        }
        catch (Exception ex) when (ex is ObjectDisposedException or UnauthorizedAccessException)
        {
            Failure = ex.Message;
        }
    }
}
