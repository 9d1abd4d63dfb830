using ReportGen.Diagnostics;
using ReportGen.Files;

namespace ReportGen;

/// <summary>One output about to be written: where, and whether a previous file is there to replace.</summary>
internal sealed record OutputTarget(string Name, string Path, byte[] Bytes, bool Existed);

/// <summary>Why a target may not be written.</summary>
internal sealed record Refusal(string Code, string Message);

/// <summary>The checks made before anything is written: each can only refuse, never half-do.</summary>
internal static class OutputTargets
{
    /// <summary>Makes sure the output folder is a folder, creating it if need be.</summary>
    public static bool PrepareFolder(CommitRequest request, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(request.ShownFolder);
        switch (FileKinds.Of(request.Folder, followLinks: true))
        {
            case FileKind.Directory:
                return true;
            case FileKind.Missing:
                try
                {
                    Directory.CreateDirectory(request.Folder);
                    return true;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error("RG0501", at, $"the outputs cannot be written: the folder cannot be made ({InputFile.Reason(ex)}). Nothing was written.");
                    return false;
                }
            default:
                diagnostics.Error("RG0501", at, "the outputs cannot be written: this is a file, not a folder. Nothing was written.");
                return false;
        }
    }

    /// <summary>The targets, or null (with the reasons) when any of them may not be replaced.</summary>
    public static List<OutputTarget>? Check(CommitRequest request, DiagnosticBag diagnostics)
    {
        var inputs = request.Inputs.Select(Resolve).Where(p => p is not null).ToList();
        var targets = new List<OutputTarget>();
        var refused = false;
        foreach (var (name, bytes) in request.Files)
        {
            var path = Path.Combine(request.Folder, name);
            var shown = new SourceLocation(Path.Combine(request.ShownFolder, name));
            var kind = FileKinds.Of(path);
            var refusal = Resolve(path) is { } real && inputs.Any(i => RealPath.Same(i!, real))
                ? new Refusal("RG0502", "this output would replace an input of the build (the data file, a template or the theme). Choose another --out or --name.")
                : kind switch
                {
                    FileKind.Directory => new Refusal("RG0503", "a folder is where this output goes. Move it away, or choose another --out."),
                    FileKind.Special => new Refusal("RG0503", "a device, pipe or socket is where this output goes; ReportGen replaces only ordinary files."),
                    FileKind.SymbolicLink => new Refusal("RG0503", "a symbolic link is where this output goes; ReportGen replaces only ordinary files. Remove the link."),
                    FileKind.Regular => Blocked(path),
                    _ => null,
                };
            if (refusal is not null)
            {
                diagnostics.Error(refusal.Code, shown, $"{refusal.Message} Nothing was written: the previous outputs are as they were.");
                refused = true;
            }
            targets.Add(new OutputTarget(name, path, bytes, kind == FileKind.Regular));
        }
        return refused ? null : targets;
    }

    /// <summary>Why an existing file may not be replaced: marked read-only, or held locked by another program.</summary>
    private static Refusal? Blocked(string path)
    {
        var readOnly = OperatingSystem.IsWindows()
            ? File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserWrite);
        if (readOnly) return new Refusal("RG0506", "this output is read-only, which ReportGen takes to mean it must not be replaced. Make it writable (chmod u+w) or choose another --out.");
        try
        {
            // No sharing: an exclusive flock on Linux and macOS, a sharing check on Windows (Word holds its files so).
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return null;
        }
        catch (IOException ex) when (OutputFolderLock.IsHeldByAnother(ex))
        {
            return new Refusal("RG0506", "another program holds this output open with a lock (a document open in Word does). Close it and build again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Refusal("RG0506", $"this output cannot be replaced: {InputFile.Reason(ex)}.");
        }
    }

    private static string? Resolve(string path)
    {
        try
        {
            return RealPath.Resolve(path);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
