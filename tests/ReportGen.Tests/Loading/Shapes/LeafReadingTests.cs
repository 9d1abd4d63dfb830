using System.Text.Json;
using ReportGen.Loading;
using ReportGen.Loading.Shapes;
using ReportGen.Model;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// What a date or an enum string reads as, case by case, beside what STJ's converters made of it. Dates read as
/// STJ read them. An enum is one of its names, white space around it ignored; the other forms STJ's converter took
/// (an integer in a string, defined or not, and names in a comma list, as flags) are refused.
/// </summary>
public class LeafReadingTests
{
    [Theory]
    [InlineData("final", 1, 1)]
    [InlineData(" final\t", 1, 1)]
    [InlineData("draft", 0, 0)]
    [InlineData("1", null, 1)]
    [InlineData("+0", null, 0)]
    [InlineData("7", null, 7)]
    [InlineData("-1", null, -1)]
    [InlineData("draft, final", null, 1)]
    [InlineData("final,", null, 1)]
    [InlineData(",final", null, null)]
    [InlineData("Final", null, null)]
    [InlineData("final;draft", null, null)]
    [InlineData("2147483648", null, null)]
    [InlineData("1.0", null, null)]
    [InlineData("", null, null)]
    public void An_enum_string_is_one_of_its_names(string text, int? expected, int? stjRead)
    {
        Assert.Equal(expected, BudgetShapes.Status.TryParse(text, out var value) ? value : null);
        Assert.Equal(stjRead, Stj(text, BudgetJsonContext.Default.ReportStatus) is { } status ? (int)status : null);
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
