using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.TextPolicy;

/// <summary>
/// The text policy where the data enters: every class of character, written into the report title as a JSON
/// escape, gives its code at the character's own line and column with the title's JSON path — never exit 70 —
/// and what the policy replaces or removes never reaches a writer.
/// </summary>
public class DataTextTests
{
    private const string Title = "\"title\": \"OPCC External";

    public static TheoryData<string, string, string> Classes() => new()
    {
        { "\\u0001", "RG0122", "error" }, { "\\u0000", "RG0122", "error" }, { "\\u0008", "RG0122", "error" },
        { "\\u001b", "RG0122", "error" }, { "\\u007f", "RG0122", "error" }, { "\\u0090", "RG0122", "error" },
        { "\\u000b", "RG0123", "warning" }, { "\\u000c", "RG0123", "warning" }, { "\\u0085", "RG0123", "warning" },
        { "\\u2028", "RG0123", "warning" }, { "\\u2029", "RG0123", "warning" },
        { "\\ufffe", "RG0124", "error" }, { "\\uffff", "RG0124", "error" }, { "\\ufdd0", "RG0124", "error" }, { "\\udbff\\udfff", "RG0124", "error" },
        { "\\ud800", "RG0121", "error" }, { "\\udc00", "RG0121", "error" }, { "\\ud800x", "RG0121", "error" },
        { "\\u202e", "RG0125", "error" }, { "\\u202a", "RG0125", "error" }, { "\\u2066", "RG0125", "error" }, { "\\u2069", "RG0125", "error" },
        { "\\u200b", "RG0126", "warning" }, { "\\u00ad", "RG0126", "warning" }, { "\\u200e", "RG0126", "warning" },
        { "\\u200f", "RG0126", "warning" }, { "\\ufeff", "RG0126", "warning" }, { "\\u2060", "RG0126", "warning" }, { "\\ufffc", "RG0126", "warning" },
        { "\\ue000", "RG0127", "error" }, { "\\uf0b7", "RG0127", "error" }, { "\\udb80\\udc00", "RG0127", "error" },
        { "\\u0645\\u0631\\u062d\\u0628\\u0627 ", "RG0129", "warning" }, { "\u05E9\u05DC\u05D5\u05DD ", "RG0129", "warning" },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Each_class_of_character_is_located_with_its_code(string escape, string code, string severity)
    {
        using var data = new DataVariant(Title, $"\"title\": \"{escape}OPCC External");
        var run = CliRun.Of("validate", data.Path);
        var (line, column) = DataVariant.Where(Title);
        var at = column + "\"title\": \"".Length;
        Assert.Contains($"{data.Path}({line},{at}): {severity} {code}: ", run.Stderr);
        Assert.Contains("[$.report.title]", run.Stderr);
        Assert.Equal(severity == "error" ? ExitCodes.DataErrors : ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("System.", run.Stderr);
    }

    [Theory]
    [InlineData("\\ud83d\\ude00")] // an emoji, written as its surrogate pair
    [InlineData("\\u200d")] // the zero width joiner inside emoji and Indic scripts
    [InlineData("Caf\\u00e9 \\u00a3 \\u2014 \\u0175")] // é, £, an em dash, Welsh ŵ
    [InlineData("\\t")] // a tab: the Markdown writer turns it into a space
    public void Ordinary_text_passes_without_a_word(string escape)
    {
        using var data = new DataVariant(Title, $"\"title\": \"{escape}OPCC External");
        var run = CliRun.Of("validate", data.Path);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.DoesNotContain("RG012", run.Stderr);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_or_an_enum_value_is_located_not_a_crash()
    {
        using var name = new DataVariant("\"report\": {", "\"report\": { \"ti\\ud800\": 1,");
        var run = CliRun.Of("validate", name.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Matches(@"\(\d+,\d+\): error RG0121: a property name contains U\+D800\. .* \[\$\.report\]", run.Stderr);

        using var status = new DataVariant("\"status\": \"final\"", "\"status\": \"fin\\udc00al\"");
        run = CliRun.Of("validate", status.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Matches(@"error RG0121: the text contains U\+DC00\. .* \[\$\.report\.status\]", run.Stderr);
    }

    [Theory]
    [InlineData("\"report\": {", "\"report\": { \"ti\u00FFtle\": 1,", "$.report")]
    [InlineData("\"status\": \"final\"", "\"status\": \"fin\u00C3al\"", "$.report.status")]
    [InlineData("\"title\": \"OPCC", "\"title\": \"\u00ED\u00A0\u0080OPCC", "$.report.title")] // a surrogate encoded as UTF-8 is not UTF-8
    public void Bytes_that_are_not_UTF8_are_located_wherever_they_are(string find, string replace, string path)
    {
        using var data = new DataVariant(System.Text.Encoding.UTF8.GetBytes(find), replace.Select(c => (byte)c).ToArray());
        var run = CliRun.Of("validate", data.Path);
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Matches($@"\(\d+,\d+\): error RG0120: .*which is not UTF-8.* \[{System.Text.RegularExpressions.Regex.Escape(path)}\]", run.Stderr);
    }

    [Theory]
    [InlineData("// a note\n")]
    [InlineData("/* a note */")]
    public void A_comment_is_refused_where_it_is(string comment)
    {
        using var data = new DataVariant("\"report\": {", comment + "\"report\": {");
        var run = CliRun.Of("validate", data.Path);
        var (line, column) = DataVariant.Where("\"report\": {");
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains($"{data.Path}({line},{column}): error RG0005: JSON has no comments", run.Stderr);
    }

    [Fact]
    public void What_the_policy_replaces_or_removes_never_reaches_the_outputs()
    {
        // Word's manual line break and a zero width space in the title, which also goes into every format's
        // metadata: the build succeeds with warnings, and the DOCX is valid.
        using var data = new DataVariant(Title, "\"title\": \"OPCC\\u000bExternal\\u200b");
        var run = CliRun.Of("build", data.Path, "--out", data.Out, "--templates", Built.Templates);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("warning RG0123", run.Stderr);
        Assert.Contains("warning RG0126", run.Stderr);
        var docx = Directory.GetFiles(data.Out, "*.docx").Single();
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal("OPCC External Commissioning Budget 2022/23", document.PackageProperties.Title);
        var html = File.ReadAllText(Directory.GetFiles(data.Out, "*.html").Single());
        Assert.Contains("OPCC External Commissioning Budget 2022/23", html);
        Assert.DoesNotContain('\u200b', html);
        Assert.DoesNotContain('\u000b', html);
    }
}
