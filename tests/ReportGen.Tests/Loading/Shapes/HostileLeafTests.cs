using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Tests.Support;
using ReportGen.Theming;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// Hostile values where the model wants a leaf — numbers out of range, huge and odd dates, enum values by number,
/// deep nesting — each a located diagnostic with its code through the loaders, never an exception.
/// </summary>
public class HostileLeafTests
{
    public static TheoryData<string, string, string> DataFileCases() => new()
    {
        { "programmes.0.groups.0.lines.0.amount", "1e400", "RG0110" },
        { "programmes.0.groups.0.lines.0.amount", "79228162514264337593543950336", "RG0110" },
        { "programmes.0.groups.0.lines.0.amount", "-1e-400", "none" },
        { "programmes.0.groups.0.lines.0.amount", "\"652108\"", "RG0103" },
        { "meeting.date", "\"99999-01-01\"", "RG0110" },
        { "meeting.date", "\"0000-01-01\"", "RG0110" },
        { "meeting.date", "\"2022-02-29\"", "RG0110" },
        { "meeting.date", "\"2022-03-22T00:00:00\"", "RG0110" },
        { "meeting.date", "\"\\u0032022-03-22x\"", "RG0110" },
        { "meeting.date", "20220322", "RG0103" },
        { "report.status", "1", "RG0103" },
        { "report.status", "\"Final\"", "RG0110" },
        { "report.status", "\"2147483648\"", "RG0110" },
        { "report.status", "\"final; draft\"", "RG0110" },
        { "report.correction_notes", "\"true\"", "RG0103" },
        { "programmes.0.groups.0.lines.0.hidden", "1", "RG0103" },
        { "wording", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "RG0102" },
        { "wording.budget_exclusions", "{\"a\": {\"b\": {\"c\": [1, 2, {\"d\": null}]}}}", "RG0103" },
    };

    [Theory]
    [MemberData(nameof(DataFileCases))]
    public void A_hostile_value_in_the_data_file_is_a_located_diagnostic(string path, string json, string code)
    {
        var file = LeafValues.With(File.ReadAllBytes(Repo.ReferenceData), Steps(path), json);
        var result = BudgetLoader.Load(file, "budget.json");
        if (code == "none")
        {
            // Some odd forms are numbers all the same: -1e-400 is a decimal 0, which the paper then adds up.
            Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RG0103" or "RG0110");
            return;
        }
        AssertLocated(result.Diagnostics, code, path);
    }

    public static TheoryData<string, string, string> ThemeCases() => new()
    {
        { "numbers.millions_places", "2147483648", "RG0110" },
        { "numbers.millions_places", "2.5", "RG0110" },
        { "numbers.negative", "0", "RG0103" },
        { "numbers.negative", "\"Minus\"", "RG0110" },
        { "fonts.body_size", "1e400", "RG0110" },
        { "fonts.families", "[\"Arial\", null]", "RG0103" },
        { "page", "[[[[[[[[[[1]]]]]]]]]]", "RG0102" },
    };

    [Theory]
    [MemberData(nameof(ThemeCases))]
    public void A_hostile_value_in_the_theme_is_a_located_diagnostic(string path, string json, string code)
    {
        using var folder = new TempDir();
        var shipped = File.ReadAllBytes(Repo.Path("templates", "board-paper", "theme.json"));
        File.WriteAllBytes(Path.Combine(folder.Path, ThemeLoader.FileName), LeafValues.With(shipped, Steps(path), json));
        var diagnostics = new DiagnosticBag();
        Assert.Null(ThemeLoader.Load(folder.Path, "templates", diagnostics));
        AssertLocated(diagnostics.Items, code, path);
    }

    private static void AssertLocated(IReadOnlyList<Diagnostic> diagnostics, string code, string path)
    {
        var found = diagnostics.FirstOrDefault(d => d.Code == code);
        Assert.True(found is not null, $"no {code} among:\n{string.Concat(diagnostics.Select(d => d + "\n"))}");
        Assert.True(found.Location.Line > 0 && found.Location.Column > 0, $"not located: {found}");
        // Depth is found by the parser, at a line and column; every other finding names its JSON path too.
        if (code != "RG0102") Assert.StartsWith("$." + path.Split('.')[0], found.Location.JsonPath);
    }

    // "programmes.0.amount" → ["programmes", 0, "amount"].
    private static object[] Steps(string path) =>
        [.. path.Split('.').Select(step => int.TryParse(step, out var i) ? (object)i : step)];
}
