using ReportGen.Formatting;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>The dates a board paper can sensibly carry: PCCs' predecessors to the end of this century.</summary>
    public static readonly DateOnly EarliestDate = new(1990, 1, 1), LatestDate = new(2099, 12, 31);

    /// <summary>A meeting in 2202 or 9999 is a typo, and the outputs cannot all record such dates: catch it here.</summary>
    private static void CheckDates(Context c)
    {
        if (c.Paper.Meeting is { } meeting) CheckDate(c, "$.meeting.date", meeting.Date, "the meeting date");
        if (c.Paper.Report.Date is { } date) CheckDate(c, "$.report.date", date, "the report date");
        if (c.Paper.Meeting is null && c.Paper.Report.Date is null)
            c.Error("RG0259", "$.report", "the paper has no date: give the meeting (with its date) or \"date\": \"YYYY-MM-DD\" in the report. Every output records it, and never the clock's date.");
        for (var i = 0; i < c.Paper.Report.Amendments.Count; i++)
            CheckDate(c, $"$.report.amendments[{i}].date", c.Paper.Report.Amendments[i].Date, "the amendment date");
    }

    private static void CheckDate(Context c, string path, DateOnly date, string what)
    {
        if (date >= EarliestDate && date <= LatestDate) return;
        c.Error("RG0209", path,
            $"{what} {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is outside {BritishDate.Format(EarliestDate)} – {BritishDate.Format(LatestDate)}. Check the year for a typo.");
    }
}
