using System.Globalization;
using ReportGen.Model;

namespace ReportGen.Formatting;

/// <summary>How negative figures are printed: −£12,000 or (£12,000).</summary>
public enum NegativeStyle
{
    /// <summary>A minus sign before the figure.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("minus")]
    Minus,
    /// <summary>The figure in brackets, as accountants write it.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("brackets")]
    Brackets,
}

/// <summary>
/// Pounds the British way — £1,234,567, pence only when there are any — with the paper's sign convention and
/// rounding stated once: £000s, £ millions to <see cref="MillionsPlaces"/> places, percentages to
/// <see cref="PercentPlaces"/>. A figure with no amount prints as <see cref="Missing"/>.
/// </summary>
public sealed record MoneyFormat
{
    private static readonly NumberFormatInfo Digits = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = "." };

    /// <summary>What a figure with no amount prints as (a new line's prior year): an en dash, not £0.</summary>
    public const string Missing = "–";

    /// <summary>For diagnostics and change reports: a plain hyphen-minus, which every terminal shows.</summary>
    public static MoneyFormat Plain { get; } = new() { MinusSign = "-" };

    /// <summary>How negatives are shown.</summary>
    public NegativeStyle Negative { get; init; } = NegativeStyle.Minus;

    /// <summary>The minus sign: U+2212 in the paper.</summary>
    public string MinusSign { get; init; } = "\u2212";

    /// <summary>Decimal places of £ millions ("£3.04 million").</summary>
    public int MillionsPlaces { get; init; } = 2;

    /// <summary>Decimal places of percentages ("4.5%").</summary>
    public int PercentPlaces { get; init; } = 1;

    /// <summary>£1,234,567; £1,234.50; −£1,234 or (£1,234).</summary>
    public string Pounds(decimal amount) => Signed(amount, "£" + Number(Math.Abs(amount)));

    /// <summary>1,234,567 with no currency sign; pence only when there are any.</summary>
    public string Number(decimal amount)
    {
        var text = Math.Abs(amount) == decimal.Truncate(Math.Abs(amount))
            ? Math.Abs(amount).ToString("#,0", Digits)
            : Math.Abs(amount).ToString("#,0.00", Digits);
        return Signed(amount, text);
    }

    /// <summary>Pounds in £000s, rounded half away from zero: 3,863.</summary>
    public string Thousands(decimal pounds) => Number(Money.ToThousands(pounds));

    /// <summary>£3.04 million.</summary>
    public string Millions(decimal pounds)
    {
        var millions = Math.Round(pounds / 1_000_000m, MillionsPlaces, MidpointRounding.AwayFromZero);
        return Signed(millions, "£" + Math.Abs(millions).ToString("#,0." + new string('0', MillionsPlaces), Digits).TrimEnd('.') + " million");
    }

    /// <summary>4.5%; −3.2% or (3.2%).</summary>
    public string Percent(decimal percent)
    {
        var rounded = Math.Round(percent, PercentPlaces, MidpointRounding.AwayFromZero);
        return Signed(rounded, Math.Abs(rounded).ToString("#,0." + new string('0', PercentPlaces), Digits).TrimEnd('.') + "%");
    }

    private string Signed(decimal value, string magnitude) =>
        value >= 0 ? magnitude : Negative == NegativeStyle.Brackets ? $"({magnitude})" : MinusSign + magnitude;
}
