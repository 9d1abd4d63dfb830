using System.Security.Cryptography;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Output;

/// <summary>An output folder holding a built set, and a snapshot of every byte in it to compare with later.</summary>
internal sealed class OutputFolder : IDisposable
{
    private readonly TempDir root = new();

    public string Path => root.File("out");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Builds the reference paper into the folder (all formats); the build must succeed.</summary>
    public static OutputFolder WithReferenceSet()
    {
        var folder = new OutputFolder();
        var run = CliRun.Of("build", Repo.ReferenceData, "--out", folder.Path, "--templates", Built.Templates);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return folder;
    }

    /// <summary>Every file's name and SHA-256, hidden ones included (but the lock file, always empty, which another process may hold).</summary>
    public SortedDictionary<string, string> Snapshot() => new(
        Directory.GetFiles(Path).Where(f => !f.EndsWith(OutputFolderLock.FileName, StringComparison.Ordinal)).ToDictionary(f => System.IO.Path.GetFileName(f), f => Convert.ToHexStringLower(SHA256.HashData(System.IO.File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    /// <summary>Files of ours an unfinished commit would leave: working files and earlier versions' temporaries.</summary>
    public IEnumerable<string> Leftovers() =>
        Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Where(n => n!.StartsWith(".reportgen-", StringComparison.Ordinal) || n.Contains(".tmp-", StringComparison.Ordinal))!;

    public void Dispose()
    {
        // Undo anything a test did to stop files being replaced, so the folder can be removed.
        if (Directory.Exists(Path))
            foreach (var entry in Directory.GetFileSystemEntries(Path).Append(Path))
                Shell.Try("chattr", "-i", entry);
        root.Dispose();
    }
}
