using System.Globalization;

namespace ReportGen.Formatting;

/// <summary>Dates as a British paper writes them: 22 March 2022. (Invariant culture would give US order.)</summary>
public static class BritishDate
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>22 March 2022.</summary>
    public static string Format(DateOnly date) =>
        $"{date.Day.ToString(CultureInfo.InvariantCulture)} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";
}
