using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Tests.Model;

public class MoneyTests
{
    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0", "£0")]
    [InlineData("400000", "£400,000")]
    [InlineData("1234567", "£1,234,567")]
    [InlineData("1234.5", "£1,234.50")]
    [InlineData("-271410", "\u2212£271,410")]
    public void Pounds_are_written_the_British_way(string amount, string expected) =>
        Assert.Equal(expected, new MoneyFormat().Pounds(D(amount)));

    [Theory]
    [InlineData("-12000", "minus", "\u2212£12,000")]
    [InlineData("-12000", "brackets", "(£12,000)")]
    [InlineData("12000", "brackets", "£12,000")]
    public void Negative_figures_follow_the_sign_convention(string amount, string style, string expected) =>
        Assert.Equal(expected, new MoneyFormat { Negative = style == "brackets" ? NegativeStyle.Brackets : NegativeStyle.Minus }.Pounds(D(amount)));

    [Theory]
    [InlineData("3041234", 2, "£3.04 million")]
    [InlineData("2700000", 1, "£2.7 million")]
    [InlineData("2650000", 1, "£2.7 million")]
    [InlineData("-1500000", 2, "\u2212£1.50 million")]
    public void Millions_are_rounded_to_the_stated_places(string pounds, int places, string expected) =>
        Assert.Equal(expected, new MoneyFormat { MillionsPlaces = places }.Millions(D(pounds)));

    [Theory]
    [InlineData("4.54", "4.5%")]
    [InlineData("-3.25", "\u22123.3%")]
    [InlineData("0", "0.0%")]
    public void Percentages_are_rounded_half_away_from_zero(string percent, string expected) =>
        Assert.Equal(expected, new MoneyFormat().Percent(D(percent)));

    [Fact]
    public void Diagnostics_use_a_plain_hyphen() => Assert.Equal("-£12", MoneyFormat.Plain.Pounds(-12));

    [Theory]
    [InlineData("3863303", "3863")]
    [InlineData("5341050", "5341")]
    [InlineData("1500", "2")]
    [InlineData("2500", "3")]
    [InlineData("499.99", "0")]
    [InlineData("-1500", "-2")]
    public void Thousands_round_half_away_from_zero(string pounds, string thousands) =>
        Assert.Equal(D(thousands), Money.ToThousands(D(pounds)));

    [Theory]
    [InlineData("100", 0)]
    [InlineData("1.50", 1)]
    [InlineData("1.500", 1)]
    [InlineData("1.005", 3)]
    public void Decimal_places_ignore_trailing_zeros(string amount, int places) =>
        Assert.Equal(places, Money.DecimalPlaces(D(amount)));
}
