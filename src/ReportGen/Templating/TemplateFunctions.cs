using ReportGen.Formatting;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>The functions every board-paper template can call, registered once.</summary>
public static class TemplateFunctions
{

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
        Add(functions, "british_date", (DateOnly date) => BritishDate.Format(date));
        // attr "text" → a value safe inside {caption="…"}
        Add(functions, "attr", (string text) => new RawMarkdown(MarkdownText.AttributeValue(text)));
        return functions;
    }

    private static void Add<T>(ScriptObject functions, string name, Func<T, object> body) =>
        functions.SetValue(name, new TemplateFunction<T>(name, body), readOnly: true);
}
