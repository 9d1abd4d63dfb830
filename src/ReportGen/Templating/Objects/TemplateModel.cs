using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating.Objects;

/// <summary>
/// The variables a template sees, built explicitly rather than by reflection over the model: the names are a
/// designed API (templates/README.md documents them), optional parts the data leaves out say so when used, and
/// every figure arrives per column, computed. Nothing here is a number typed by hand.
/// </summary>
internal static class TemplateModel
{
    public static void AddTo(ScriptObject globals, PaperView view)
    {
        var (paper, figures, money) = (view.Paper, view.Figures, view.Money);
        var cells = new Cells(figures.Columns, money, view.WithholdExempt);
        // Correction notes are on unless the data turns them off. The figures printed may leave out withheld amounts
        // (view.Paper is the whole paper, figures.Paper the one printed): only corrections those amounts do not touch.
        var full = ReferenceEquals(figures.Paper, paper) ? figures : PaperFigures.Compute(paper, figures.Columns);
        var corrections = paper.Report.CorrectionNotes == false ? [] : Corrections.Printed(full, figures);
        var variables = new ScriptObject
        {
            ["columns"] = new ScriptArray(figures.Columns.All.Select(Column)),
            ["main_column"] = figures.Columns.Main.Key,
            ["edition"] = view.WithholdExempt ? "public" : "full",
            ["meeting"] = paper.Meeting is { } meeting ? Meeting(meeting) : new MissingPart("meeting", "{ \"board\": \"…\", \"date\": \"YYYY-MM-DD\" }"),
            ["report"] = Report(paper.Report, paper.Date ?? default),
            ["plan"] = paper.Plan is { } plan ? Plan(plan) : new MissingPart("plan", "{ \"title\": \"…\", \"objectives\": [ \"…\" ] }"),
            ["summary"] = Summary(paper.Summary, corrections.Where(c => c.Place == CorrectionPlace.Summary), cells),
            ["corrections"] = new ScriptArray(corrections.Select(c => Correction(c, cells))),
            ["summary_rows"] = new ScriptArray(figures.Programmes.Select(p => SummaryRow(p, cells))),
            ["programmes"] = new ScriptArray(figures.Programmes.Select(p => ProgrammeObjects.Programme(p, cells,
                corrections.Where(c => c.Place == CorrectionPlace.Table && c.ProgrammeId == p.Programme.Id).Select(c => Correction(c, cells)),
                paper.FindProgramme(p.Programme.Id)))),
            ["total"] = cells.Of(figures.Total),
            ["needs_rounding_note"] = figures.NeedsRoundingNote,
            // Scriban does not read IReadOnlyDictionary members; the year's wording becomes an object of its own.
            ["wording"] = new WordingObject(paper.Wording, view.WithholdExempt ? paper.ExemptWording : null),
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

    /// <summary>A figure printed differently from the paper as published: what it is, both figures, why.</summary>
    public static ScriptObject Correction(Correction correction, Cells cells) => new()
    {
        ["figure"] = correction.Figure,
        ["column"] = correction.Column.Heading,
        ["published"] = new FigureValue(correction.Published, correction.Unit == FigureUnit.Thousands ? FigureKind.Thousands : FigureKind.Pounds, cells.Money),
        ["printed"] = new FigureValue(correction.Printed, correction.Unit == FigureUnit.Thousands ? FigureKind.Thousands : FigureKind.Pounds, cells.Money),
        ["reason"] = correction.Reason,
    };

    private static ScriptObject Summary(FundingSummary summary, IEnumerable<Correction> corrections, Cells cells) => new()
    {
        ["corrections"] = new ScriptArray(corrections.Select(c => Correction(c, cells))),
        ["programme_column"] = summary.ProgrammeColumn,
        ["stream_column"] = summary.StreamColumn,
        ["amount_column"] = summary.AmountColumn,
        ["total_label"] = summary.TotalLabel,
    };

    private static ScriptObject SummaryRow(ProgrammeFigures figures, Cells cells) => new()
    {
        ["id"] = figures.Programme.Id,
        ["withheld"] = cells.Withheld(figures.Programme.Exempt),
        ["name"] = figures.Programme.Name,
        ["funding_stream"] = figures.Programme.FundingStream,
        ["values"] = cells.Of(figures.Total),
    };
}

/// <summary>Turns column values into the row of figures a template prints, one per display column.</summary>
internal sealed class Cells(ColumnSet columns, MoneyFormat money, bool withholdExempt)
{
    public ColumnSet Columns => columns;
    public MoneyFormat Money => money;

    /// <summary>The reason something is withheld from this edition, or null when it is printed.</summary>
    public string? Withheld(Exemption? exemption) => withholdExempt ? exemption?.Reason : null;

    public ScriptArray Of(ColumnValues values, FigureUnit unit = FigureUnit.Pounds) =>
        new(columns.All.Select(column => FigureValue.In(values, column, unit, money)));
}
