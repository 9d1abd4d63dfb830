using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Writers.Docx;

/// <summary>
/// Every paper the repository ships, built as a user builds it, gives a DOCX the Open XML SDK's validator passes
/// and that builds to the same bytes twice.
/// </summary>
public class DocxExamplesTests
{
    public static TheoryData<string, string> Examples() => new()
    {
        { "data/2022-23/budget.json", "" },
        { "data/examples/two-year-budget.json", "" },
        { "data/examples/exempt-paper.json", "" },
        { "data/examples/exempt-paper.json", "full" },
        { "templates/board-paper/example.json", "" },
        { "templates/allocations/example.json", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_example_is_valid_open_xml_and_the_same_bytes_each_build(string data, string edition)
    {
        using var folder = new TempDir();
        byte[] Build(string name)
        {
            string[] args = ["build", Repo.Path(data.Split('/')), "--out", folder.File(name), "--format", "docx"];
            var run = CliRun.Of(edition.Length > 0 ? [.. args, "--edition", edition] : args);
            Assert.True(run.ExitCode == 0, run.Stderr);
            return File.ReadAllBytes(Directory.GetFiles(folder.File(name), "*.docx").Single());
        }
        var docx = Build("first");
        Assert.Equal(docx, Build("second"));
        using var word = DocxOutput.Open(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
