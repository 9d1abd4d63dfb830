using System.Text.Json;
using ReportGen.Loading;
using ReportGen.Loading.Shapes;
using ReportGen.Model;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// What a date or an enum string reads as, case by case, beside what STJ's converters made of it: the odd forms STJ
/// accepted (an enum by number in a string, names in a comma list, white space around) are kept, so that no file
/// that loaded before is refused now.
/// </summary>
public class LeafReadingTests
{
    [Theory]
    [InlineData("final", 1)]
    [InlineData(" final\t", 1)]
    [InlineData("1", 1)]
    [InlineData("+0", 0)]
    [InlineData("7", 7)]
    [InlineData("-1", -1)]
    [InlineData("draft, final", 1)]
    [InlineData("final,", 1)]
    [InlineData(",final", null)]
    [InlineData("Final", null)]
    [InlineData("final;draft", null)]
    [InlineData("2147483648", null)]
    [InlineData("1.0", null)]
    [InlineData("", null)]
    public void An_enum_string_reads_as_STJ_read_it(string text, int? expected)
    {
        Assert.Equal(expected, BudgetShapes.Status.TryParse(text, out var value) ? value : null);
        Assert.Equal(expected, Stj(text, BudgetJsonContext.Default.ReportStatus) is { } status ? (int)status : null);
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2022-13-01", false)]
    [InlineData("2022-3-22", false)]
    [InlineData(" 2022-03-22", false)]
    [InlineData("2022-03-22T00:00:00", false)]
    [InlineData("22/03/2022", false)]
    [InlineData("\u0662022-03-22", false)]
    public void A_date_reads_as_STJ_read_it(string text, bool reads)
    {
        Assert.Equal(reads, DateShape.TryParse(text, out var date));
        var stj = Stj(text, BudgetJsonContext.Default.DateOnly);
        Assert.Equal(reads, stj is not null);
        if (reads) Assert.Equal(stj, date);
    }

    private static T? Stj<T>(string text, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : struct
    {
        try
        {
            return JsonSerializer.Deserialize(JsonSerializer.Serialize(text, BudgetJsonContext.Default.String), type);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return null;
        }
    }
}
