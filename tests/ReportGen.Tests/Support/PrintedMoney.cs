using System.Globalization;

namespace ReportGen.Tests.Support;

/// <summary>Reads a printed figure back into a number: £1,234.50, −£1,234, (£1,234), 1,234, and – for none.</summary>
internal static class PrintedMoney
{
    public static decimal? Parse(string printed)
    {
        var text = printed.Trim();
        if (text is "–" or "") return null;
        var negative = text.StartsWith('\u2212') || text.StartsWith('-') || (text.StartsWith('(') && text.EndsWith(')'));
        var digits = text.Trim('(', ')', '\u2212', '-').Replace("£", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).TrimEnd('%');
        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>The column sum as the paper defines it: nothing when no line has an amount.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var v in values)
            if (v is { } x) sum = (sum ?? 0) + x;
        return sum;
    }
}
