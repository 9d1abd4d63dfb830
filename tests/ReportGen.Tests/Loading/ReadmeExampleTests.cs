using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Building;
using ReportGen.Loading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading;

/// <summary>The examples the README shows a new user validate cleanly and build with the shipped templates.</summary>
public class ReadmeExampleTests
{
    [Theory]
    [InlineData("A short example:", 1)]
    [InlineData("A two-column example — last year beside this year, one line new — differs only in its columns and amounts:", 3)]
    public void The_examples_in_the_README_validate_and_build(string introduction, int columns)
    {
        var readme = File.ReadAllText(Repo.Path("README.md"));
        var example = Regex.Match(readme, Regex.Escape(introduction) + "\\s*```json\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("\"programmes\"", example);
        var result = BudgetLoader.Load(Encoding.UTF8.GetBytes(example), "README.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(columns, result.Figures!.Columns.All.Length);
        var built = PaperBuilder.Build(result.Paper!, result.Figures!, Built.Templates, "test");
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
    }
}
