using ReportGen.Diagnostics;
using ReportGen.Files;

namespace ReportGen;

/// <summary>What to commit: files by name into one folder, the inputs none of them may replace, and how long to wait for the folder.</summary>
/// <param name="ShownFolder">How diagnostics name the folder.</param>
/// <param name="Inputs">Paths of every input (data file, templates, theme): an output that would replace one is refused.</param>
/// <param name="LockWait">How long to wait for another build's hold on the folder; null commits without the folder lock (a single file such as the schema).</param>
public sealed record CommitRequest(string Folder, string ShownFolder, IReadOnlyList<(string Name, byte[] Bytes)> Files,
    IReadOnlyList<string> Inputs, TimeSpan? LockWait);

/// <summary>Whether the set was committed, what was said, and the paths written.</summary>
public sealed record CommitOutcome(bool Committed, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written);

/// <summary>
/// One or several output files committed together: every output replaced, or none. Under the folder's lock, an
/// interrupted earlier build is finished first; every target is checked before anything is written (not an
/// input, an ordinary file, not read-only, not locked by another program); the new files are written beside
/// the targets and flushed; a journal is written; each existing target is moved aside, each new file moved in;
/// any failure rolls every step back; the journal then becomes "committed" and the old copies are removed.
/// </summary>
public static class OutputSet
{
    /// <summary>The default wait for another build's hold on the output folder.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(60);

    /// <summary>Writes one file (a schema, a new data file, a workbook) the same careful way, refusing to replace any of <paramref name="inputs"/>.</summary>
    public static CommitOutcome CommitFile(string path, byte[] bytes, IReadOnlyList<string>? inputs = null)
    {
        var parent = Path.GetDirectoryName(path) ?? "";
        return Commit(new CommitRequest(parent.Length > 0 ? parent : ".", parent, [(Path.GetFileName(path), bytes)], inputs ?? [], LockWait: null));
    }

    /// <summary>Commits the request's files, all or none.</summary>
    public static CommitOutcome Commit(CommitRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var at = new SourceLocation(request.ShownFolder);
        if (!OutputTargets.PrepareFolder(request, diagnostics)) return Failed(diagnostics);
        OutputFolderLock? held = null;
        try
        {
            if (request.LockWait is { } wait)
            {
                held = OutputFolderLock.Acquire(request.Folder, wait);
                if (held is null)
                {
                    diagnostics.Error("RG0505", at, $"another build is writing into this folder and still was after {wait.TotalSeconds:0.#} s. Nothing was written; build again when it has finished (or give --wait more seconds).");
                    return Failed(diagnostics);
                }
                OutputRecovery.Run(request.Folder, request.ShownFolder, diagnostics);
            }
            var targets = OutputTargets.Check(request, diagnostics);
            if (targets is null) return Failed(diagnostics);
            return new OutputTransaction(request, targets, diagnostics).Run();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("RG0501", at, $"the outputs cannot be written: {InputFile.Reason(ex)}. Nothing was written.");
            return Failed(diagnostics);
        }
        finally
        {
            held?.Dispose();
        }
    }

    private static CommitOutcome Failed(DiagnosticBag diagnostics) => new(false, diagnostics.Items, []);
}
