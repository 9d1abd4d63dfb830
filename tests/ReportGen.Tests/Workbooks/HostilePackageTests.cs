using System.Text;
using ReportGen.Tests.Support;
using static ReportGen.Tests.Workbooks.WorkbookParts;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// Workbooks damaged or made by hand below the spreadsheet — DTDs and external entities, a part missing or of the
/// wrong content type, a relationship to nowhere, two parts of one name, a zip directory that understates a part,
/// a cell of no known type, XML nested far deeper than any writer nests it — through <c>reportgen import</c>: each a
/// located diagnostic with its code and exit 1 (never an exception, exit 70, or a hang), the data file untouched.
/// </summary>
public class HostilePackageTests
{
    private static readonly Lazy<byte[]> Reference = new(() => Workbook.Of(Repo.ReferenceData));

    public static TheoryData<string, string, string> Files => new()
    {
        { "external entity", "", "RG0400" },
        { "DTD in the shared strings", "", "RG0400" },
        { "DTD in the content types", "", "RG0400" },
        { "DTD in the workbook", "", "RG0400" },
        { "no content types", "", "RG0400" },
        { "sheet of the wrong content type", "", "RG0400" },
        { "sheet part missing", "", "RG0400" },
        { "shared strings missing", "", "RG0400" },
        { "sheet relationship missing", "", "RG0400" },
        { "sheet outside the package", "", "RG0400" },
        { "two parts of one name", "", "RG0400" },
        { "directory understates a part", "", "RG0400" },
        { "shared strings beyond any budget", "", "RG0400" },
        { "cell of no known type", "[Community Safety]!B5", "RG0416" },
        { "cell with an empty type", "[Community Safety]!B5", "RG0416" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_damaged_package_is_a_located_diagnostic(string kind, string place, string code)
    {
        var run = ImportRun.Of(Make(kind));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{run.Workbook}{place}: error {code}: ", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
        // An external entity is never resolved: nothing of the file it names reaches the output.
        Assert.DoesNotContain("root:", run.Stderr + run.Stdout);
        Assert.True(run.DataUnchanged);
    }

    [Fact]
    public void Xml_nested_two_hundred_thousand_deep_is_stepped_over_and_the_rest_imports()
    {
        var deep = new StringBuilder().Insert(0, "<a>", 200_000).Insert(200_000 * 3, "</a>", 200_000).ToString();
        var run = ImportRun.Of(Edit(Reference.Value, CommunitySafety, xml => xml
            .Replace("<x:sheetData>", $"<x:extLst>{deep}</x:extLst><x:sheetData>", StringComparison.Ordinal)
            .Replace("<x:c r=\"B5\" s=\"10\"><x:v>", $"<x:c r=\"B5\" s=\"10\"><x:extLst>{deep}</x:extLst><x:v>", StringComparison.Ordinal)));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("already says what", run.Stdout);
    }

    private static byte[] Make(string kind)
    {
        var good = Reference.Value;
        const string Doctype = "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        static string AfterDeclaration(string xml, string insert) => xml.Insert(xml.IndexOf("?>", StringComparison.Ordinal) + 2, insert);
        return kind switch
        {
            "external entity" => Edit(good, CommunitySafety, xml => AfterDeclaration(xml, "<!DOCTYPE x:worksheet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
                .Replace("<x:v>652108</x:v>", "<x:v>&e;</x:v>", StringComparison.Ordinal)),
            "DTD in the shared strings" => Edit(good, SharedStrings, xml => AfterDeclaration(xml, Doctype)),
            "DTD in the content types" => Edit(good, ContentTypes, xml => AfterDeclaration(xml, Doctype)),
            "DTD in the workbook" => Edit(good, "xl/workbook.xml", xml => AfterDeclaration(xml, Doctype)),
            "no content types" => Remove(good, ContentTypes),
            "sheet of the wrong content type" => Edit(good, ContentTypes, xml => xml.Replace(
                "PartName=\"/xl/worksheets/sheet3.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"",
                "PartName=\"/xl/worksheets/sheet3.xml\" ContentType=\"application/xml\"", StringComparison.Ordinal)),
            "sheet part missing" => Remove(good, CommunitySafety),
            "shared strings missing" => Remove(good, SharedStrings),
            "sheet relationship missing" => Edit(good, "xl/workbook.xml", xml => xml.Replace("r:id=\"rIdSheet3\"", "r:id=\"rIdNone\"", StringComparison.Ordinal)),
            "sheet outside the package" => Edit(good, WorkbookRels, xml => xml.Replace(
                "Target=\"/xl/worksheets/sheet3.xml\"", "Target=\"http://example.invalid/sheet3.xml\" TargetMode=\"External\"", StringComparison.Ordinal)),
            "two parts of one name" => Twice(good, "XL/Worksheets/Sheet3.xml"),
            "directory understates a part" => UnderstatedSize(good, CommunitySafety, 5_000_000),
            "shared strings beyond any budget" => Edit(good, SharedStrings, xml => xml.Replace("</x:sst>",
                new StringBuilder().Insert(0, "<x:si><x:t>a</x:t></x:si>", 1_000_001) + "</x:sst>", StringComparison.Ordinal)),
            "cell of no known type" => Cell(good, "B5", "<x:c r=\"B5\" s=\"10\" t=\"bogus\"><x:v>652108</x:v></x:c>"),
            "cell with an empty type" => Cell(good, "B5", "<x:c r=\"B5\" s=\"10\" t=\"\"><x:v>652108</x:v></x:c>"),
            _ => throw new ArgumentException(kind),
        };
    }
}
