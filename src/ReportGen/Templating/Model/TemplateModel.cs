using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating.Model;

/// <summary>
/// The variables a template sees, built explicitly rather than by reflection over the model: the names are a
/// designed API (templates/README.md documents them), optional parts the data leaves out say so when used, and
/// every figure arrives per column, computed. Nothing here is a number typed by hand.
/// </summary>
internal static class TemplateModel
{
    public static void AddTo(ScriptObject globals, BudgetPaper paper, PaperFigures figures, MoneyFormat money)
    {
        var cells = new Cells(figures.Columns, money);
        var variables = new ScriptObject
        {
            ["columns"] = new ScriptArray(figures.Columns.All.Select(Column)),
            ["main_column"] = figures.Columns.Main.Key,
            ["meeting"] = paper.Meeting is { } meeting ? Meeting(meeting) : new MissingPart("meeting", "{ \"board\": \"…\", \"date\": \"YYYY-MM-DD\" }"),
            ["report"] = Report(paper.Report, paper.Date ?? default),
            ["plan"] = paper.Plan is { } plan ? Plan(plan) : new MissingPart("plan", "{ \"title\": \"…\", \"objectives\": [ \"…\" ] }"),
            ["summary"] = Summary(paper.Summary),
            ["summary_rows"] = new ScriptArray(figures.Programmes.Select(p => SummaryRow(p, cells))),
            ["programmes"] = new ScriptArray(figures.Programmes.Select(p => ProgrammeObjects.Programme(p, cells))),
            ["total"] = cells.Of(figures.Total),
            ["needs_rounding_note"] = figures.NeedsRoundingNote,
            // Scriban does not read IReadOnlyDictionary members; the year's wording becomes an object of its own.
            ["wording"] = new WordingObject(paper.Wording),
        };
        foreach (var (name, value) in variables) globals.SetValue(name, value, readOnly: true);
    }

    private static ScriptObject Column(ResolvedColumn column) => new()
    {
        ["key"] = column.Key,
        ["heading"] = column.Heading,
        ["is_computed"] = !column.IsStored,
        ["is_percent"] = column.IsPercent,
    };

    private static ScriptObject Meeting(Meeting meeting) => new()
    {
        ["board"] = meeting.Board,
        ["date"] = meeting.Date,
        ["agenda_item"] = meeting.AgendaItem,
    };

    private static ScriptObject Report(ReportDetails report, DateOnly date) => new()
    {
        ["date"] = date,
        ["title"] = report.Title,
        ["short_title"] = report.ShortTitle,
        ["footer_title"] = report.FooterTitle,
        ["financial_year"] = report.FinancialYear,
        ["organisation"] = report.Organisation,
        ["author"] = report.Author is { } author ? Person(author) : new MissingPart("report.author", "{ \"name\": \"…\", \"role\": \"…\" }"),
        ["version"] = report.Version,
        ["status"] = report.Status == ReportStatus.Draft ? "draft" : "final",
        ["is_draft"] = report.Status == ReportStatus.Draft,
        ["classification"] = report.Classification,
        ["keywords"] = new ScriptArray(report.Keywords),
        ["amendments"] = new ScriptArray(report.Amendments.Select(a => new ScriptObject
        {
            ["version"] = a.Version,
            ["date"] = a.Date,
            ["description"] = a.Description,
        })),
    };

    private static ScriptObject Person(Person person) => new()
    {
        ["name"] = person.Name,
        ["role"] = person.Role,
        ["contact"] = person.Contact,
    };

    private static ScriptObject Plan(PoliceAndCrimePlan plan) => new()
    {
        ["title"] = plan.Title,
        ["objectives"] = new ScriptArray(plan.Objectives),
    };

    private static ScriptObject Summary(FundingSummary summary) => new()
    {
        ["programme_column"] = summary.ProgrammeColumn,
        ["stream_column"] = summary.StreamColumn,
        ["amount_column"] = summary.AmountColumn,
        ["total_label"] = summary.TotalLabel,
    };

    private static ScriptObject SummaryRow(ProgrammeFigures figures, Cells cells) => new()
    {
        ["id"] = figures.Programme.Id,
        ["name"] = figures.Programme.Name,
        ["funding_stream"] = figures.Programme.FundingStream,
        ["values"] = cells.Of(figures.Total),
    };
}

/// <summary>Turns column values into the row of figures a template prints, one per display column.</summary>
internal sealed class Cells(ColumnSet columns, MoneyFormat money)
{
    public ColumnSet Columns => columns;
    public MoneyFormat Money => money;

    public ScriptArray Of(ColumnValues values, FigureUnit unit = FigureUnit.Pounds) =>
        new(columns.All.Select(column => FigureValue.In(values, column, unit, money)));
}
