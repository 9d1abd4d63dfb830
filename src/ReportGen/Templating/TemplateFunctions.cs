using System.Globalization;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>The functions every board-paper template can call, registered once; and the British date format.</summary>
public static class TemplateFunctions
{
    private static readonly CultureInfo British = CultureInfo.InvariantCulture;
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    internal static ScriptObject Create()
    {
        var functions = new ScriptObject();
        // money 1234567 → £1,234,567
        Add(functions, "money", (decimal amount) => Money.Pounds(amount));
        // thousands 3863303 → 3,863 (rounded half away from zero)
        Add(functions, "thousands", (decimal pounds) => Money.Number(Money.ToThousands(pounds)));
        // number 1234567 → 1,234,567
        Add(functions, "number", (decimal amount) => Money.Number(amount));
        // british_date 2022-03-22 → 22 March 2022 (the context's own culture is invariant: US order)
        Add(functions, "british_date", (DateOnly date) => BritishDate(date));
        // attr "text" → a value safe inside {caption="…"}
        Add(functions, "attr", (string text) => new RawMarkdown(MarkdownText.AttributeValue(text)));
        return functions;
    }

    private static void Add<T>(ScriptObject functions, string name, Func<T, object> body) =>
        functions.SetValue(name, new TemplateFunction<T>(name, body), readOnly: true);

    /// <summary>22 March 2022.</summary>
    public static string BritishDate(DateOnly date) =>
        $"{date.Day.ToString(British)} {Months[date.Month - 1]} {date.Year.ToString(British)}";
}
