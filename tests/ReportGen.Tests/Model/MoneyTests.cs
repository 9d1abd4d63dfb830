using ReportGen.Model;

namespace ReportGen.Tests.Model;

public class MoneyTests
{
    [Theory]
    [InlineData("0", "£0")]
    [InlineData("400000", "£400,000")]
    [InlineData("1234567", "£1,234,567")]
    [InlineData("1234.5", "£1,234.50")]
    [InlineData("-271410", "-£271,410")]
    public void Pounds_are_written_the_British_way(string amount, string expected) =>
        Assert.Equal(expected, Money.Pounds(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("3863303", "3863")]
    [InlineData("5341050", "5341")]
    [InlineData("1500", "2")]
    [InlineData("2500", "3")]
    [InlineData("499.99", "0")]
    public void Thousands_round_half_away_from_zero(string pounds, string thousands) =>
        Assert.Equal(decimal.Parse(thousands), Money.ToThousands(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("100", 0)]
    [InlineData("1.50", 1)]
    [InlineData("1.500", 1)]
    [InlineData("1.005", 3)]
    public void Decimal_places_ignore_trailing_zeros(string amount, int places) =>
        Assert.Equal(places, Money.DecimalPlaces(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
