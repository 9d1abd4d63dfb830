namespace ReportGen.Model;

/// <summary>Money arithmetic the paper's rules need; how money is printed is <see cref="Formatting.MoneyFormat"/>'s business.</summary>
public static class Money
{
    /// <summary>
    /// The largest amount a line may hold, in pounds, either sign: under a trillion. With the 10 MB limit on a data
    /// file no sum of such amounts can overflow <see cref="decimal"/>.
    /// </summary>
    public const decimal Largest = 999_999_999_999.99m;

    /// <summary>Pounds rounded to thousands, half away from zero (3,863,303 → 3,863).</summary>
    public static decimal ToThousands(decimal pounds) =>
        Math.Round(pounds / 1000m, 0, MidpointRounding.AwayFromZero);

    /// <summary>The decimal places an amount needs, ignoring trailing zeros (400.50 → 1, 1.005 → 3).</summary>
    public static int DecimalPlaces(decimal amount)
    {
        // Dividing by 1.000…0 strips trailing zeros from the scale, so 1.500 counts as 1.5.
        var normalised = amount / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalised)[3] >> 16) & 0xFF;
    }
}
