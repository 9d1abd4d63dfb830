using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Templating.Objects;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>The functions every template can call, registered once per render with the paper's number format and figures.</summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(PaperView view)
    {
        var (money, figures) = (view.Money, view.Figures.Named);
        var functions = new ScriptObject();
        // money 1234567 → £1,234,567; a figure with no amount → –; a percentage stays a percentage
        Add<FigureValue>(functions, "money", money, figure => figure.Money());
        // thousands 3863303 → 3,863 (rounded half away from zero): the £000s tables' form
        Add<FigureValue>(functions, "thousands", money, figure => figure.Thousands());
        // millions 3041234 → £3.04 million (places from the theme's numbers.millions_places)
        Add<FigureValue>(functions, "millions", money, figure => figure.Millions());
        // number 1234567 → 1,234,567
        Add<FigureValue>(functions, "number", money, figure => figure.Number());
        // figure "programme.victims-services.total" → that computed figure (main column; NAME@COLUMN for another)
        var withheld = view.WithholdExempt ? WithheldFigures(view.Paper) : [];
        Add<string>(functions, "figure", money, name => withheld.Contains(name.Split('@')[0])
            ? throw new UnknownFigureException($"the figure '{name}' is exempt information, withheld from the public edition. Quote it only in the full edition: {{{{ if edition == \"full\" }}}} … {{{{ end }}}}.")
            : Figure(figures, money, name));
        // withheld "appendix-b" → the reason a part the set names is exempt, in the public edition; null (false) otherwise
        Add<string>(functions, "withheld", money, section =>
            view.WithholdExempt && view.Paper.ExemptSections.TryGetValue(section, out var reason) ? reason : null);
        // british_date 2022-03-22 → 22 March 2022 (the context's own culture is invariant: US order)
        Add<DateOnly>(functions, "british_date", money, date => BritishDate.Format(date));
        // attr "text" → a value safe inside {caption="…"}
        Add<string>(functions, "attr", money, text => new RawMarkdown(MarkdownText.AttributeValue(text)));
        return functions;
    }

    private static void Add<T>(ScriptObject functions, string name, MoneyFormat money, Func<T, object?> body) =>
        functions.SetValue(name, new TemplateFunction<T>(name, body, money), readOnly: true);

    // The names that would give away a withheld line or programme.
    private static HashSet<string> WithheldFigures(ReportGen.Model.BudgetPaper paper)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paper.Programmes)
        {
            var lines = p.Items.Concat(p.Funding).Concat(p.CarryForwards).Concat(p.Drawdowns).Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding }));
            foreach (var line in lines.Where(l => p.Exempt is not null || l.Exempt is not null))
                if (line.Id is { } id) names.Add($"line.{id}");
            if (p.Exempt is null) continue;
            foreach (var figure in FigureBook.ProgrammeFigureNames) names.Add($"programme.{p.Id}.{figure}");
            foreach (var group in p.Groups)
                if (group.Id is { } id) names.Add($"group.{id}.subtotal");
        }
        return names;
    }

    private static FigureValue Figure(FigureBook figures, MoneyFormat money, string name)
    {
        if (figures.TryFind(name, out var figure, out var column))
            return FigureValue.In(figure.Values, column, figure.Unit, money);
        var at = name.IndexOf('@');
        var problem = at >= 0 && figures.Columns.Find(name[(at + 1)..]) is null
            ? $"the paper has no column '{name[(at + 1)..]}'. Columns: {string.Join(", ", figures.Columns.All.Select(c => c.Key))}."
            : $"there is no figure named '{name}'. Nearest: {string.Join(", ", figures.Nearest(name, 3))}. templates/README.md lists the names.";
        throw new UnknownFigureException(problem);
    }
}

/// <summary>A template asked for a figure that does not exist: the template (or the id it names) is wrong.</summary>
internal sealed class UnknownFigureException(string message) : Exception(message);
