using System.Text;
using ReportGen.Documents;
using ReportGen.Reading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Reading;

/// <summary>
/// Markdown → Document examples in the Markdig manner, read at test time from Specs/*.md: an example is
/// the Markdown, a line holding a single '.', then the expected dump and any "! diagnostic" lines.
/// </summary>
public class SpecTests
{
    private const string Fence = "````````````````````````````````";

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (file, title, _, _) in ReadAll())
            data.Add(file, title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reads_as_specified(string file, string title)
    {
        var (_, _, markdown, expected) = ReadAll().Single(e => e.File == file && e.Title == title);
        var result = DocumentReader.Read(markdown, Metadata);
        var actual = new StringBuilder(DocumentDump.Write(result.Document));
        foreach (var diagnostic in result.Diagnostics) actual.Append("! ").Append(diagnostic).Append('\n');
        Assert.Equal(expected, actual.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void There_are_specs_for_every_construct() => Assert.True(Examples().Count >= 20);

    private static readonly DocumentMetadata Metadata = new()
    {
        Title = "Spec", Subject = "Spec", Author = "Spec", Date = new DateOnly(2022, 3, 22), Version = "1",
        Classification = "Public", FooterTitle = "Spec", Generator = "test",
    };

    private static IEnumerable<(string File, string Title, string Markdown, string Expected)> ReadAll()
    {
        var folder = Repo.Path("tests", "ReportGen.Tests", "Reading", "Specs");
        foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
            var title = "";
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ", StringComparison.Ordinal)) title = lines[i][3..];
                if (lines[i] != Fence + " example") continue;
                var end = Array.IndexOf(lines, Fence, i + 1);
                var body = lines[(i + 1)..end];
                var dot = Array.IndexOf(body, ".");
                yield return (Path.GetFileName(path), title,
                    string.Join('\n', body[..dot]) + "\n",
                    string.Concat(body[(dot + 1)..].Select(l => l + "\n")));
                i = end;
            }
        }
    }
}
