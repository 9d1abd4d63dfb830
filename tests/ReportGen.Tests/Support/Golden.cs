namespace ReportGen.Tests.Support;

/// <summary>
/// Compares text with a golden file. Set REPORTGEN_UPDATE_GOLDEN=1 to rewrite the golden files instead;
/// then read the diff before committing it.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("REPORTGEN_UPDATE_GOLDEN") == "1";

    public static void Match(string goldenPath, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"golden file {goldenPath} is missing; run with REPORTGEN_UPDATE_GOLDEN=1 and review it");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }
}
