using System.Text.Json.Nodes;
using ReportGen.Cli;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Theming;

/// <summary>
/// theme.json checked like the data file, through the command line: every value located (file, line, JSON path)
/// with a code, exit code 4, nothing written — where a bad colour, an empty font list or a page of 1e308 mm
/// used to crash a writer, loop the paginator or make a PDF qpdf rejects.
/// </summary>
public class ThemeValidationTests
{
    private static CliRun BuildWith(TemplateFolder templates, TempDir output) =>
        CliRun.Of("build", Repo.ReferenceData, "--out", output.Path, "--templates", templates.Path);

    private static CliRun BuildWithThemeChange(Action<JsonObject> change, out TempDir output, out TemplateFolder templates)
    {
        templates = TemplateFolder.CopyOfShipped();
        var theme = JsonNode.Parse(templates.Read("theme.json"))!.AsObject();
        change(theme);
        templates.Write("theme.json", theme.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        output = new TempDir();
        return BuildWith(templates, output);
    }

    public static TheoryData<string, string, string, string> BadValues() => new()
    {
        { "colours", "text", "\"red\"", "RG0322" },
        { "colours", "link", "\"#12345\"", "RG0322" },
        { "colours", "grid", "\"#GGGGGG\"", "RG0322" },
        { "fonts", "families", "[]", "RG0323" },
        { "fonts", "families", "[\" \"]", "RG0323" },
        { "fonts", "body_size", "0", "RG0324" },
        { "fonts", "title_size", "-14", "RG0324" },
        { "fonts", "footer_size", "1000", "RG0324" },
        { "spacing", "line_height", "0", "RG0324" },
        { "spacing", "table_cell_padding", "1e9", "RG0324" },
        { "page", "width_mm", "1e308", "RG0325" },
        { "page", "height_mm", "10", "RG0325" },
        { "page", "margin_left_mm", "-5", "RG0326" },
        { "page", "margin_top_mm", "250", "RG0326" },
        { "fonts", "body_size", "\"11\"", "RG0103" },
        { "page", "width_mm", "null", "RG0103" },
        { "fonts", "body_sise", "11", "RG0105" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Each_bad_value_is_located_with_its_code_and_nothing_is_written(string section, string property, string json, string code)
    {
        var run = BuildWithThemeChange(t => t[section]![property] = JsonNode.Parse(json), out var output, out var templates);
        using (output)
        using (templates)
        {
            Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
            Assert.Matches($@"theme\.json\(\d+,\d+\): error {code}: .*\[\$\.{section}\.{property}(\[0\])?\]", run.Stderr);
            Assert.Empty(Directory.GetFiles(output.Path));
        }
    }

    [Fact]
    public void A_page_smaller_than_its_margins_is_refused_with_the_room_left()
    {
        var run = BuildWithThemeChange(t => { t["page"]!["width_mm"] = 100; t["page"]!["margin_left_mm"] = 40; t["page"]!["margin_right_mm"] = 40; },
            out var output, out var templates);
        using (output)
        using (templates)
        {
            Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
            Assert.Contains("error RG0326: the margins leave 20 mm across the page for text; at least 50 mm is needed.", run.Stderr);
        }
    }

    [Theory]
    [InlineData("null", "error RG0103: the whole file must be an object { … }, but is null. [$]")]
    [InlineData("[]", "error RG0103: the whole file must be an object { … }, but is a list. [$]")]
    [InlineData("", "error RG0101:")]
    [InlineData("{ // a note\n}", "error RG0005: JSON has no comments")]
    [InlineData("{}", "error RG0104: missing required property 'fonts'.")]
    public void A_theme_that_is_not_a_theme_says_so(string text, string expected)
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        templates.Write("theme.json", text);
        var run = BuildWith(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Contains(expected, run.Stderr);
    }

    [Fact]
    public void A_theme_that_is_a_folder_a_device_or_a_link_out_of_the_folder_is_refused()
    {
        using var templates = TemplateFolder.CopyOfShipped();
        using var output = new TempDir();
        var theme = Path.Combine(templates.Path, "theme.json");
        File.Delete(theme);
        Directory.CreateDirectory(theme);
        Assert.Contains("error RG0321: the theme cannot be read: it is a folder, not a file.", BuildWith(templates, output).Stderr);
        Directory.Delete(theme);
        File.CreateSymbolicLink(theme, "/dev/zero");
        Assert.Contains("error RG0330:", BuildWith(templates, output).Stderr);
        File.Delete(theme);
        File.CreateSymbolicLink(theme, "/etc/passwd");
        var run = BuildWith(templates, output);
        Assert.Equal(ExitCodes.TemplateErrors, run.ExitCode);
        Assert.Contains("theme.json is a symbolic link to /etc/passwd, outside the template folder.", run.Stderr);
        Assert.DoesNotContain("root:", run.Stderr);
    }
}
