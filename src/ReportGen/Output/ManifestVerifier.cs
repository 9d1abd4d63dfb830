using ReportGen.Diagnostics;
using ReportGen.Files;

namespace ReportGen;

/// <summary>What <c>reportgen verify</c> found: every difference as a diagnostic, and the files that matched.</summary>
public sealed record VerifyOutcome(bool FolderMissing, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Matched)
{
    /// <summary>True when every manifest's every file matched and nothing else is in the folder.</summary>
    public bool Clean => !FolderMissing && Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// Re-hashes an output folder against its manifests: a listed file missing or changed, or a file no manifest
/// lists, is a difference. Given the data file or the template folder, it checks those inputs too.
/// </summary>
public static class ManifestVerifier
{
    /// <summary>Verifies <paramref name="folder"/>; <paramref name="dataFile"/> and <paramref name="templateFolder"/> are optional inputs to check too.</summary>
    public static VerifyOutcome Verify(string folder, string? dataFile = null, string? templateFolder = null)
    {
        var diagnostics = new DiagnosticBag();
        var matched = new List<string>();
        if (FileKinds.Of(folder, followLinks: true) != FileKind.Directory)
        {
            diagnostics.Error("RG0706", new SourceLocation(folder), "there is no such folder to verify.");
            return new VerifyOutcome(true, diagnostics.Items, matched);
        }
        var manifests = Directory.GetFiles(folder, "*" + Manifest.Suffix).Order(StringComparer.Ordinal).ToList();
        if (manifests.Count == 0)
            diagnostics.Error("RG0700", new SourceLocation(folder), $"the folder has no manifest (*{Manifest.Suffix}), so there is nothing to check its files against.");
        var listed = new HashSet<string>(manifests.Select(Path.GetFileName)!, StringComparer.Ordinal) { OutputFolderLock.FileName };
        foreach (var manifestPath in manifests)
        {
            var at = new SourceLocation(manifestPath);
            var read = InputFile.Read(manifestPath, 16 * 1024 * 1024, allowSpecial: false);
            var problem = read.Detail;
            if (read.Bytes is null || Manifest.Read(read.Bytes, out problem) is not { } manifest)
            {
                diagnostics.Error("RG0701", at, $"this manifest cannot be used: {problem}.");
                continue;
            }
            foreach (var entry in manifest.Outputs)
            {
                listed.Add(entry.File);
                Check(Path.Combine(folder, entry.File), entry, "RG0702", "RG0703", "output", diagnostics, matched);
            }
            foreach (var input in manifest.Inputs)
            {
                var path = input.Role switch
                {
                    "data" when dataFile is not null => dataFile,
                    "template" or "theme" when templateFolder is not null => Path.Combine(templateFolder, input.File),
                    _ => null,
                };
                if (path is not null) Check(path, input, "RG0705", "RG0705", $"{input.Role} input", diagnostics, matched);
            }
        }
        foreach (var extra in Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => !listed.Contains(n!)).Order(StringComparer.Ordinal))
            diagnostics.Error("RG0704", new SourceLocation(Path.Combine(folder, extra!)), "no manifest lists this file: it is not one of the outputs built here.");
        return new VerifyOutcome(false, diagnostics.Items, matched);
    }

    private static void Check(string path, ManifestEntry entry, string missingCode, string changedCode, string what, DiagnosticBag diagnostics, List<string> matched)
    {
        var at = new SourceLocation(path);
        if (entry.File != Path.GetFileName(entry.File))
        {
            diagnostics.Error("RG0701", at, $"the manifest names '{entry.File}', which is not a file name in this folder.");
            return;
        }
        var kind = FileKinds.Of(path, followLinks: true);
        if (kind != FileKind.Regular)
        {
            diagnostics.Error(missingCode, at, kind == FileKind.Missing
                ? $"this {what} is listed in the manifest but missing."
                : $"this {what} is listed in the manifest, but what is there is not an ordinary file.");
            return;
        }
        ManifestEntry actual;
        try
        {
            // Hashed as a stream: an output is checked without holding it in memory.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            actual = new ManifestEntry(entry.File, stream.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(missingCode, at, $"this {what} is listed in the manifest but cannot be read: {InputFile.Reason(ex)}.");
            return;
        }
        if (actual.Sha256 != entry.Sha256)
            diagnostics.Error(changedCode, at, $"this {what} has changed since it was built: SHA-256 {actual.Sha256} ({actual.Bytes:N0} bytes), the manifest says {entry.Sha256} ({entry.Bytes:N0} bytes).");
        else
            matched.Add(path);
    }
}
