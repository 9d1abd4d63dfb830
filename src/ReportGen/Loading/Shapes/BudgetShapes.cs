using ReportGen.Model;

namespace ReportGen.Loading.Shapes;

/// <summary>
/// The data file's shapes, one per model record, each a list of its members in the order of the record's
/// properties. A property added to the model is a line here beside its neighbours (the test that compares these
/// with System.Text.Json's metadata fails until it is); a computed or [JsonIgnore]d property has no line. A shape
/// comes after the shapes it names, so that each is made before it is used (the compiler says so when one is not);
/// a programme and its lines are in <see cref="ProgrammeShapes"/>.
/// </summary>
internal static class BudgetShapes
{
    public static readonly EnumShape Computation = new()
    {
        ["difference"] = (int)ColumnComputation.Difference,
        ["percent_change"] = (int)ColumnComputation.PercentChange,
    };

    public static readonly ObjectShape<AmountColumn> AmountColumn = new(m => new()
    {
        Key = m.Required("key", Shape.Text),
        Heading = m.Nullable("heading", Shape.Text),
        Compute = (ColumnComputation?)m.Nullable("compute", Computation),
        From = m.Nullable("from", Shape.Text),
        To = m.Nullable("to", Shape.Text),
    });

    public static readonly ObjectShape<Meeting> Meeting = new(m => new()
    {
        Board = m.Required("board", Shape.Text),
        Date = m.Required("date", Shape.Date),
        AgendaItem = m.Nullable("agenda_item", Shape.Text),
    });

    public static readonly EnumShape Status = new()
    {
        ["draft"] = (int)ReportStatus.Draft,
        ["final"] = (int)ReportStatus.Final,
    };

    public static readonly ObjectShape<Person> Person = new(m => new()
    {
        Name = m.Required("name", Shape.Text),
        Role = m.Required("role", Shape.Text),
        Contact = m.Nullable("contact", Shape.Text),
    });

    public static readonly ObjectShape<Amendment> Amendment = new(m => new()
    {
        Version = m.Required("version", Shape.Text),
        Date = m.Required("date", Shape.Date),
        Description = m.Required("description", Shape.Text),
    });

    public static readonly ObjectShape<ReportDetails> ReportDetails = new(m => new()
    {
        Title = m.Required("title", Shape.Text),
        ShortTitle = m.Nullable("short_title", Shape.Text),
        FinancialYear = m.Required("financial_year", Shape.Text),
        Date = m.Nullable("date", Shape.Date),
        Organisation = m.Required("organisation", Shape.Text),
        Author = m.Nullable("author", Person),
        Version = m.Required("version", Shape.Text),
        Status = (ReportStatus)m.Required("status", Status),
        Classification = m.Required("classification", Shape.Text),
        CorrectionNotes = m.Nullable("correction_notes", Shape.Bool),
        Keywords = m.Optional("keywords", Shape.ListOf(Shape.Text)),
        Amendments = m.Optional("amendments", Shape.ListOf(Amendment)),
    });

    public static readonly ObjectShape<PoliceAndCrimePlan> Plan = new(m => new()
    {
        Title = m.Required("title", Shape.Text),
        Objectives = m.Required("objectives", Shape.ListOf(Shape.Text)),
    });

    public static readonly ObjectShape<PublishedSummaryFigures> PublishedSummary = new(m => new()
    {
        TotalThousands = m.Nullable("total_thousands", Shape.Amounts),
        Acknowledged = m.Optional("acknowledged", Shape.MapOf(Shape.Acknowledgement)),
    });

    public static readonly ObjectShape<FundingSummary> Summary = new(m => new()
    {
        ProgrammeColumn = m.Optional("programme_column", Shape.Text),
        StreamColumn = m.Optional("stream_column", Shape.Text),
        AmountColumn = m.Optional("amount_column", Shape.Text),
        TotalLabel = m.Optional("total_label", Shape.Text),
        Published = m.Nullable("published", PublishedSummary),
    });

    public static readonly ObjectShape<PublishedFigure> PublishedFigure = new(m => new()
    {
        Figure = m.Required("figure", Shape.Text),
        Amount = m.Required("amount", Shape.Amounts),
        Acknowledged = m.Nullable("acknowledged", Shape.Acknowledgement),
    });

    public static readonly ObjectShape<BudgetPaper> BudgetPaper = new(m => new()
    {
        Schema = m.Nullable("$schema", Shape.Text),
        Columns = m.Nullable("columns", Shape.ListOf(AmountColumn)),
        MainColumn = m.Nullable("main_column", Shape.Text),
        TemplateSet = m.Nullable("template_set", Shape.Text),
        Meeting = m.Nullable("meeting", Meeting),
        Report = m.Required("report", ReportDetails),
        Plan = m.Nullable("plan", Plan),
        Wording = m.Optional("wording", Shape.MapOf(Shape.Text)),
        ExemptWording = m.Optional("exempt_wording", Shape.MapOf(Shape.Text)),
        ExemptSections = m.Optional("exempt_sections", Shape.MapOf(Shape.Text)),
        Summary = m.Optional("summary", Summary),
        Programmes = m.Required("programmes", Shape.ListOf(ProgrammeShapes.Programme)),
        PublishedFigures = m.Optional("published_figures", Shape.ListOf(PublishedFigure)),
    });
}
