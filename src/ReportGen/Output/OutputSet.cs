namespace ReportGen;

/// <summary>
/// One or several output files committed together: each is written to a temporary file first, and only when
/// all are written are they moved into place. A failure leaves every earlier output as it was.
/// </summary>
public static class OutputSet
{
    /// <summary>Writes every (path, bytes) pair, or none of them.</summary>
    public static void Commit(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var final = Path.GetFullPath(path);
                Directory.CreateDirectory(Path.GetDirectoryName(final)!);
                var temporary = $"{final}.tmp-{Environment.ProcessId}";
                File.WriteAllBytes(temporary, bytes);
                staged.Add((temporary, final));
            }
            foreach (var (temporary, final) in staged)
                File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            foreach (var (temporary, _) in staged)
                if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
