using System.IO.Compression;
using System.Xml.Linq;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Writers;

/// <summary>
/// The reference paper's DOCX parts as indented XML golden files, compared part by part as pandoc does:
/// an unintended change to styles, numbering or the body shows up as a readable diff.
/// </summary>
public class DocxGoldenTests
{
    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    [InlineData("word/numbering.xml")]
    [InlineData("word/footer1.xml")]
    [InlineData("docProps/core.xml")]
    [InlineData("[Content_Types].xml")]
    public void Part_matches_the_golden_file(string part)
    {
        using var zip = new ZipArchive(new MemoryStream(DocxOutput.Reference));
        var entry = zip.Entries.SingleOrDefault(e => e.FullName == part) ?? zip.Entries.Single(e => e.FullName.StartsWith("word/footer", StringComparison.Ordinal) && part.StartsWith("word/footer", StringComparison.Ordinal));
        using var stream = entry.Open();
        var xml = XDocument.Load(stream).ToString() + "\n";
        var name = part.Replace('/', '_').Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        Golden.Match(Repo.Path("tests", "ReportGen.Tests", "Golden", "docx", name), xml);
    }
}
