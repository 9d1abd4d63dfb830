using ReportGen.Loading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading;

/// <summary>
/// Each file under Fixtures/BadData has its expected diagnostics beside it as NAME.expected.txt:
/// code, file(line,col), message and JSON path, exactly as <c>reportgen validate</c> prints them.
/// </summary>
public class BadDataCatalogueTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repo.Fixtures("BadData"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string name)
    {
        var result = BudgetLoader.LoadFile(Repo.Fixtures("BadData", name + ".json"), name + ".json");
        var printed = string.Concat(result.Diagnostics.Select(d => d + "\n"));
        Golden.Match(Repo.Fixtures("BadData", name + ".expected.txt"), printed);
        Assert.NotEmpty(result.Diagnostics);
    }

    [Fact]
    public void The_catalogue_holds_at_least_25_cases() => Assert.True(Cases().Count >= 25);

    [Fact]
    public void The_valid_base_of_the_catalogue_has_no_diagnostics()
    {
        var result = BudgetLoader.LoadFile(Repo.Fixtures("Valid", "minimal.json"));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_file_over_10_MB_is_refused_without_being_parsed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-oversized-{Environment.ProcessId}.json");
        try
        {
            using (var stream = File.Create(path))
                stream.SetLength(BudgetLoader.MaxFileBytes + 1);
            var result = BudgetLoader.LoadFile(path, "huge.json");
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("RG0002", diagnostic.Code);
            Assert.Contains("10,485,760", diagnostic.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
