using System.Globalization;

namespace ReportGen.Model;

/// <summary>Money arithmetic and the British formatting of pounds used throughout the paper.</summary>
public static class Money
{
    private static readonly NumberFormatInfo British = new()
    {
        NumberGroupSeparator = ",",
        NumberDecimalSeparator = ".",
        NegativeSign = "-",
    };

    /// <summary>Pounds rounded to thousands, half away from zero (3,863,303 → 3,863).</summary>
    public static decimal ToThousands(decimal pounds) =>
        Math.Round(pounds / 1000m, 0, MidpointRounding.AwayFromZero);

    /// <summary>£1,234,567, with pence only when there are any (£1,234.50); negatives as -£1,234.</summary>
    public static string Pounds(decimal amount)
    {
        var sign = amount < 0 ? "-" : "";
        return sign + "£" + Number(Math.Abs(amount));
    }

    /// <summary>1,234,567 with no currency sign; pence only when there are any.</summary>
    public static string Number(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? amount.ToString("#,0", British)
            : amount.ToString("#,0.00", British);

    /// <summary>The decimal places an amount needs, ignoring trailing zeros (400.50 → 1, 1.005 → 3).</summary>
    public static int DecimalPlaces(decimal amount)
    {
        // Dividing by 1.000…0 strips trailing zeros from the scale, so 1.500 counts as 1.5.
        var normalised = amount / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalised)[3] >> 16) & 0xFF;
    }

    /// <summary>Replaces <c>{amount}</c> in a label with the amount in pounds.</summary>
    public static string FillAmount(string label, decimal amount) =>
        label.Contains("{amount}", StringComparison.Ordinal)
            ? label.Replace("{amount}", Pounds(amount), StringComparison.Ordinal)
            : label;
}
