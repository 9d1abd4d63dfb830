using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Building;
using ReportGen.Loading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading;

/// <summary>The README's example data file is a real, valid data file that builds a paper with the shipped templates.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_example_in_the_README_validates_and_builds()
    {
        var readme = File.ReadAllText(Repo.Path("README.md"));
        var example = Regex.Match(readme, "A short example:\\s*```json\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("\"programmes\"", example);
        var result = BudgetLoader.Load(Encoding.UTF8.GetBytes(example), "README.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var built = PaperBuilder.Build(result.Paper!, result.Figures!, Built.Templates, "test");
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
    }
}
