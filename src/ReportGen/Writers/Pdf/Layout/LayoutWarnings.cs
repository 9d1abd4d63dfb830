using System.Globalization;
using System.Text;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>What the layout could not do faithfully, by code; the writer turns each into a diagnostic.</summary>
internal sealed record LayoutWarning(string Code, string Message);

/// <summary>
/// Collects the layout's warnings without flooding: each distinct message once, and at most
/// <see cref="PerCode"/> of each code, then one line saying how many more there were.
/// </summary>
internal sealed class LayoutWarnings
{
    /// <summary>How many warnings of one code are listed before the rest are only counted.</summary>
    public const int PerCode = 10;

    private readonly List<LayoutWarning> items = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>True once any warning of <paramref name="code"/> has been added.</summary>
    public bool Has(string code) => counts.ContainsKey(code);

    public void Add(string code, string message)
    {
        if (!seen.Add(code + "\n" + message)) return;
        counts[code] = counts.GetValueOrDefault(code) + 1;
        if (counts[code] <= PerCode) items.Add(new LayoutWarning(code, message));
    }

    /// <summary>The warnings in the order met, each code's overflow summarised at its end.</summary>
    public IEnumerable<LayoutWarning> All()
    {
        foreach (var item in items) yield return item;
        foreach (var (code, count) in counts.Where(c => c.Value > PerCode).OrderBy(c => c.Key, StringComparer.Ordinal))
            yield return new LayoutWarning(code, $"and {(count - PerCode).ToString(CultureInfo.InvariantCulture)} more warnings like the ones above.");
    }

    /// <summary>A short, printable excerpt of a text for a message: its start, on one line, with an ellipsis if cut.</summary>
    public static string Excerpt(string text, int around = 0, int length = 60)
    {
        var start = Math.Max(0, Math.Min(around - length / 2, text.Length - length));
        var builder = new StringBuilder();
        if (start > 0) builder.Append('…');
        var end = Math.Min(text.Length, start + length);
        for (var i = start; i < end; i++)
        {
            // A message must itself be printable: what the PDF cannot carry is shown as U+FFFD.
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : char.IsSurrogate(text[i]) ? -1 : text[i];
            if (TextCleaner.IsPrintable(codePoint)) builder.Append(text, i, pair ? 2 : 1);
            else builder.Append(char.IsWhiteSpace(text[i]) ? ' ' : '\uFFFD');
            if (pair) i++;
        }
        if (end < text.Length) builder.Append('…');
        return builder.ToString();
    }
}
