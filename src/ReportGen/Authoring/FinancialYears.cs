using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportGen.Authoring;

/// <summary>
/// Financial years as papers write them — 2022/23, 2022-23, 2022/2023, 21-22 — found in text, moved on by whole
/// years keeping their form, and told apart from ranges such as "2021 - 2025" (not consecutive years).
/// </summary>
public static partial class FinancialYears
{
    [GeneratedRegex(@"(?<![\d/-])(?<a>\d{4}|\d{2})(?<sep>[/-])(?<b>\d{4}|\d{2})(?![\d/-])")]
    private static partial Regex YearPattern();

    /// <summary>One financial year written in a text: where, as what, and the year it starts in.</summary>
    public sealed record Mention(int Index, string Text, int StartYear);

    /// <summary>The start year of a financial year written "2022/23" (also "2022-23", "2022/2023"), or null.</summary>
    public static int? StartYear(string financialYear) =>
        YearPattern().Match(financialYear.Trim()) is { Success: true } m && m.Length == financialYear.Trim().Length ? Start(m) : null;

    /// <summary>Every financial year named in <paramref name="text"/>.</summary>
    public static IEnumerable<Mention> In(string text)
    {
        foreach (Match m in YearPattern().Matches(text))
            if (Start(m) is { } start) yield return new Mention(m.Index, m.Value, start);
    }

    /// <summary>
    /// <paramref name="text"/> with every financial year starting in one of <paramref name="years"/> moved on by
    /// <paramref name="shift"/> years, each in the form it was written (2021/22 → 2022/23, 21-22 → 22-23).
    /// </summary>
    public static string Shift(string text, IReadOnlySet<int> years, int shift) =>
        YearPattern().Replace(text, m => Start(m) is { } start && years.Contains(start) ? Write(m, start + shift) : m.Value);

    /// <summary>"2023/24" for 2023.</summary>
    public static string Format(int startYear) =>
        $"{startYear.ToString(CultureInfo.InvariantCulture)}/{((startYear + 1) % 100).ToString("00", CultureInfo.InvariantCulture)}";

    // The start year when the two halves are consecutive years (2022/23, 2022/2023, 21-22); null otherwise.
    private static int? Start(Match m)
    {
        var a = m.Groups["a"].Value;
        var b = m.Groups["b"].Value;
        var first = int.Parse(a, CultureInfo.InvariantCulture);
        var second = int.Parse(b, CultureInfo.InvariantCulture);
        if (a.Length == 4 && b.Length == 4) return second == first + 1 ? first : null;
        if (a.Length == 4 && b.Length == 2) return second == (first + 1) % 100 ? first : null;
        if (a.Length == 2 && b.Length == 2) return second == (first + 1) % 100 ? 2000 + first : null;
        return null;
    }

    private static string Write(Match m, int start)
    {
        var a = m.Groups["a"].Value;
        var b = m.Groups["b"].Value;
        var sep = m.Groups["sep"].Value;
        string Two(int year) => (year % 100).ToString("00", CultureInfo.InvariantCulture);
        var first = a.Length == 4 ? start.ToString(CultureInfo.InvariantCulture) : Two(start);
        var second = b.Length == 4 ? (start + 1).ToString(CultureInfo.InvariantCulture) : Two(start + 1);
        return first + sep + second;
    }
}
