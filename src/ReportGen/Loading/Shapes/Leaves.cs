using System.Text.Json;

namespace ReportGen.Loading.Shapes;

/// <summary>A string.</summary>
internal sealed class TextShape : Shape<string>
{
    public override string Description => "a string in double quotes";

    public override string Read(JsonElement value) => value.GetString()!;
}

/// <summary>true or false.</summary>
internal sealed class BoolShape : Shape
{
    public override string Description => "true or false";

    public static bool Read(JsonElement value) => value.GetBoolean();
}

/// <summary>A whole number that fits an <see cref="int"/>.</summary>
internal sealed class IntShape : Shape
{
    public override string Description => "a whole number";

    public static bool Parses(JsonElement value) => value.TryGetInt32(out _);

    public static int Read(JsonElement value) => value.GetInt32();
}

/// <summary>A finite number (a <see cref="double"/>).</summary>
internal sealed class DoubleShape : Shape
{
    public override string Description => "a number";

    public static bool Parses(JsonElement value) => value.TryGetDouble(out var number) && double.IsFinite(number);

    public static double Read(JsonElement value) => value.GetDouble();
}

/// <summary>A number of pounds (a <see cref="decimal"/>).</summary>
internal sealed class DecimalShape : Shape
{
    public override string Description => "a number of pounds such as 1234.50 (no £ sign, no commas, no quotes)";

    public static bool Parses(JsonElement value) => value.TryGetDecimal(out _);

    public static decimal Read(JsonElement value) => value.GetDecimal();
}

/// <summary>A date written "YYYY-MM-DD".</summary>
internal sealed class DateShape : Shape
{
    public override string Description => "a date written \"YYYY-MM-DD\"";

    /// <summary>
    /// Reads the date as System.Text.Json's DateOnly converter does: exactly ten ASCII characters, four-digit year
    /// (0001 to 9999), two-digit month and day, and a day the month has.
    /// </summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static DateOnly Read(JsonElement value) =>
        TryParse(value.GetString()!, out var date) ? date : throw new InvalidOperationException("the structure check passed a date that does not parse.");

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
            value = value * 10 + (text[i] - '0');
        }
        return true;
    }
}
