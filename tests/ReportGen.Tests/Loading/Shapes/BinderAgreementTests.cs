using System.Text;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// Every data file and theme in the repository reads as it did when System.Text.Json read it: the same
/// diagnostics from the structure check, byte for byte and in order, and — where the file passes — the same paper
/// or theme, compared as the bytes the STJ context writes of each.
/// </summary>
public class BinderAgreementTests
{
    public static TheoryData<string> DataFiles() => [.. DataFileList()];

    private static List<string> DataFileList()
    {
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(Repo.Path("data"), "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)));
        files.AddRange(Directory.GetFiles(Repo.Path("templates"), "example.json", SearchOption.AllDirectories));
        foreach (var fixtures in new[] { "Valid", "Versions", "BadData" })
            files.AddRange(Directory.GetFiles(Repo.Fixtures(fixtures), "*.json"));
        files.AddRange(Directory.GetFiles(Repo.Path("tests", "ReportGen.Tests", "Fuzzing", "Regressions"), "*.json"));
        return [.. files.Select(f => Path.GetRelativePath(Repo.Root, f)).Order(StringComparer.Ordinal)];
    }

    public static TheoryData<string> Themes() =>
        [.. Directory.GetFiles(Repo.Path("templates"), "theme.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repo.Root, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void A_data_file_reads_as_STJ_read_it(string file)
    {
        var readings = TwoReaders.Budget(File.ReadAllBytes(Repo.Path(file)));
        if (readings is null) return; // stopped at its syntax or its text, before either reader: nothing to compare
        AssertAgree(readings);
        // The repository's own papers and the catalogue's valid base are sound in structure: they are read.
        if (!file.Contains("BadData", StringComparison.Ordinal) && !file.Contains("Regressions", StringComparison.Ordinal))
            Assert.NotNull(readings.Bound);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void A_theme_reads_as_STJ_read_it(string file)
    {
        var readings = TwoReaders.Theme(File.ReadAllBytes(Repo.Path(file)));
        Assert.NotNull(readings);
        AssertAgree(readings);
        Assert.NotNull(readings.Bound);
    }

    [Fact]
    public void The_catalogue_reaches_both_the_structure_check_and_the_binder()
    {
        // The comparison means something only if some files fail the structure check and some pass it.
        var readings = DataFileList().Select(file => TwoReaders.Budget(File.ReadAllBytes(Repo.Path(file)))).OfType<TwoReadings>().ToList();
        Assert.Contains(readings, r => r.After.Contains("RG0103", StringComparison.Ordinal));
        Assert.Contains(readings, r => r.After.Contains("RG0105", StringComparison.Ordinal));
        Assert.True(readings.Count(r => r.Bound is not null) >= 20, "fewer than 20 files reach the binder");
    }

    internal static void AssertAgree(TwoReadings readings)
    {
        Assert.Equal(readings.Before, readings.After);
        Assert.Equal(readings.Deserialized, readings.Bound);
    }
}
