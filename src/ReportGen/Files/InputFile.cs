namespace ReportGen.Files;

/// <summary>Why an input could not be read.</summary>
public enum InputFailure
{
    /// <summary>It was read.</summary>
    None,
    /// <summary>Nothing is there (or a link leads nowhere).</summary>
    Missing,
    /// <summary>It is a folder.</summary>
    Folder,
    /// <summary>A device node, FIFO or socket where an ordinary file is required.</summary>
    NotAFile,
    /// <summary>More bytes than the limit.</summary>
    TooLarge,
    /// <summary>Permission denied, links that loop, an I/O error.</summary>
    Unreadable,
}

/// <summary>An input's bytes, or why there are none; <see cref="Detail"/> says why in words fit for a diagnostic (empty when it is simply missing).</summary>
public sealed record InputRead(byte[]? Bytes, InputFailure Failure, string Detail);

/// <summary>
/// Reads an input file with a limit enforced while reading, so a device, a pipe or /dev/zero costs at most
/// the limit plus one byte (their reported length is 0, so a length check alone lets them through).
/// </summary>
public static class InputFile
{
    /// <summary>Reads at most <paramref name="limit"/> bytes of <paramref name="path"/>.</summary>
    /// <param name="allowSpecial">Whether a pipe or device may be read (the data file may come from a pipe; templates may not).</param>
    public static InputRead Read(string path, long limit, bool allowSpecial)
    {
        var kind = FileKinds.Of(path, followLinks: true);
        switch (kind)
        {
            case FileKind.Directory:
                return Fail(InputFailure.Folder, "it is a folder, not a file");
            case FileKind.Special when !allowSpecial:
                return Fail(InputFailure.NotAFile, "it is a device, pipe or socket, not an ordinary file");
            case FileKind.Missing:
                return new FileInfo(path).LinkTarget is { } target
                    ? LinkProblem(path, target)
                    : Fail(InputFailure.Missing, "");
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            if (kind == FileKind.Regular && stream.Length > limit)
                return Fail(InputFailure.TooLarge, $"it is {stream.Length:N0} bytes; the limit is {limit:N0}");
            return ReadLimited(stream, limit, kind == FileKind.Regular ? stream.Length : 0);
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(InputFailure.Unreadable, "permission denied: ReportGen may not read it");
        }
        catch (IOException ex)
        {
            return Fail(InputFailure.Unreadable, Reason(ex));
        }
    }

    // A regular file says how long it is: one array that size, read once (a 1 MB budget grown by doubling made
    // 4 MB of large-object garbage, and each large allocation brings the next full collection nearer). A pipe,
    // a device or a file that grows while it is read is grown into, up to the limit.
    private static InputRead ReadLimited(Stream stream, long limit, long expected)
    {
        var buffer = new byte[(int)Math.Min(limit + 1, expected > 0 ? expected : 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit) break;
                // Full: a file as long as it said ends here, which one more byte tells before anything grows.
                var next = stream.ReadByte();
                if (next < 0) break;
                Array.Resize(ref buffer, (int)Math.Min(limit + 1, (long)buffer.Length * 2));
                buffer[length++] = (byte)next;
                continue;
            }
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0) break;
            length += read;
        }
        if (length > limit) return Fail(InputFailure.TooLarge, $"it is more than {limit:N0} bytes, the limit (it was read no further)");
        if (length != buffer.Length) Array.Resize(ref buffer, length);
        return new InputRead(buffer, InputFailure.None, "");
    }

    private static InputRead LinkProblem(string path, string target)
    {
        try
        {
            RealPath.Resolve(path);
            return Fail(InputFailure.Missing, $"it is a symbolic link to '{target}', which does not exist");
        }
        catch (IOException)
        {
            return Fail(InputFailure.Unreadable, "it is a symbolic link that loops back on itself");
        }
    }

    /// <summary>An I/O exception's reason without the paths .NET quotes in it (the diagnostic names the file already).</summary>
    public static string Reason(Exception ex)
    {
        var message = ex.Message;
        // "Too many levels of symbolic links : '/x'", "The process cannot access the file '/x' because …"
        while (message.IndexOf('\'') is var open and >= 0 && message.IndexOf('\'', open + 1) is var close and > 0)
            message = message[..open].TrimEnd(' ', ':') + message[(close + 1)..];
        return message.Replace("  ", " ", StringComparison.Ordinal).Trim().TrimEnd('.');
    }

    private static InputRead Fail(InputFailure failure, string detail) => new(null, failure, detail);
}
