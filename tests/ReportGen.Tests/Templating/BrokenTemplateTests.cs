using ReportGen.Building;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Templating;

/// <summary>
/// Each folder under Fixtures/Templates is a broken template set; building the reference paper with it
/// must print exactly the diagnostics in CASE.expected.txt: file, line, column and a message that says what to do.
/// </summary>
public class BrokenTemplateTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repo.Fixtures("Templates")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_golden_file(string name)
    {
        using var folder = TemplateFolder.CopyOf(Repo.Fixtures("Templates", name));
        var built = PaperBuilder.Build(Papers.Reference, Papers.ReferenceFigures, folder.Path, "test", displayFolder: $"templates/{name}");
        var printed = string.Concat(built.Diagnostics.Select(d => d + "\n")).Replace('\\', '/');
        Golden.Match(Repo.Fixtures("Templates", name + ".expected.txt"), printed);
        Assert.NotEmpty(built.Diagnostics);
    }
}
