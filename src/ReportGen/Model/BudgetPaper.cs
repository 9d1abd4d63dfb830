using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// The whole paper as the data file describes it: its amount columns, the meeting, the report's own details,
/// the Plan objectives, the year's wording, the programmes and any figures as published. Nothing here is
/// computed: <see cref="Figures.PaperFigures"/> works out every total from the lines.
/// </summary>
public sealed record BudgetPaper
{
    /// <summary>The JSON Schema this file follows; editors use it for completion and checking.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>
    /// The paper's amount columns, in order: stored ones that lines give amounts for (for example <c>prior</c>
    /// and <c>budget</c>) and computed ones (difference, percentage change). Absent: one column, and a line's
    /// <c>amount</c> is a plain number.
    /// </summary>
    public IReadOnlyList<AmountColumn>? Columns { get; init; }

    /// <summary>The key of the main column — the year the paper is about, which a plain <c>amount</c> means; the last stored column when absent.</summary>
    public string? MainColumn { get; init; }

    /// <summary>
    /// The template set the paper is printed with (for example <c>allocations</c>, or a folder) when the command line
    /// names none; the board paper when absent.
    /// </summary>
    public string? TemplateSet { get; init; }

    /// <summary>The meeting the paper goes to, if it goes to one.</summary>
    public Meeting? Meeting { get; init; }

    /// <summary>The report's own details: title, year, author, version, status.</summary>
    public required ReportDetails Report { get; init; }

    /// <summary>The Police and Crime Plan whose objectives the paper lists, if it lists them.</summary>
    public PoliceAndCrimePlan? Plan { get; init; }

    /// <summary>
    /// The few sentences that change each year, by name (for example <c>budget_exclusions</c>).
    /// Templates refer to them as <c>wording.NAME</c>; they are printed literally, never as Markdown.
    /// </summary>
    public IReadOnlyDictionary<string, string> Wording { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>Wording entries that are exempt information, by name, with the reason: the public edition prints a placeholder.</summary>
    public IReadOnlyDictionary<string, string> ExemptWording { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>
    /// Parts of the paper a template set names (for example <c>appendix-b</c>) that are exempt information, with the
    /// reason: the public edition prints the set's placeholder instead.
    /// </summary>
    public IReadOnlyDictionary<string, string> ExemptSections { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>How the funding summary table is headed, and the figures the published paper printed in it.</summary>
    public FundingSummary Summary { get; init => field = value ?? new(); } = new();

    /// <summary>The programmes, in the order the paper shows them.</summary>
    public required IReadOnlyList<Programme> Programmes { get; init; }

    /// <summary>Figures the published paper quoted in its prose, checked against the computed figures of the same name.</summary>
    public IReadOnlyList<PublishedFigure> PublishedFigures { get; init => field = value ?? []; } = [];

    /// <summary>The paper's date: the meeting's, else the report's own; validation requires one of them.</summary>
    [JsonIgnore]
    public DateOnly? Date => Meeting?.Date ?? Report.Date;

    /// <summary>Finds a programme by its id, or null.</summary>
    public Programme? FindProgramme(string id) => Programmes.FirstOrDefault(p => p.Id == id);
}
