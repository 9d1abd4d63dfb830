using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// The whole board paper as the data file describes it: the meeting, the report's own details,
/// the Plan objectives, the year's wording and the programmes. Every total is computed from the lines.
/// </summary>
public sealed record BudgetPaper
{
    /// <summary>The JSON Schema this file follows; editors use it for completion and checking.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>The meeting the paper goes to.</summary>
    public required Meeting Meeting { get; init; }

    /// <summary>The report's own details: title, year, author, version, status.</summary>
    public required ReportDetails Report { get; init; }

    /// <summary>The Police and Crime Plan whose objectives the paper lists.</summary>
    public required PoliceAndCrimePlan Plan { get; init; }

    /// <summary>
    /// The few sentences that change each year, by name (for example <c>budget_exclusions</c>).
    /// Templates refer to them as <c>wording.NAME</c>; they are printed literally, never as Markdown.
    /// </summary>
    public IReadOnlyDictionary<string, string> Wording { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    /// <summary>How the funding summary table is headed, and the figures the published paper printed in it.</summary>
    public FundingSummary Summary { get; init => field = value ?? new(); } = new();

    /// <summary>The programmes, in the order the paper shows them.</summary>
    public required IReadOnlyList<Programme> Programmes { get; init; }

    /// <summary>The funding summary rows, one per programme, computed.</summary>
    [JsonIgnore]
    public IReadOnlyList<SummaryRow> SummaryRows => Programmes.Select(p => new SummaryRow(p)).ToList();

    /// <summary>The sum of the programme totals, in pounds, computed.</summary>
    [JsonIgnore]
    public decimal Total => Programmes.Sum(p => p.Total);

    /// <summary>The summary total in £000s: the rounded exact total.</summary>
    [JsonIgnore]
    public decimal TotalThousands => Money.ToThousands(Total);

    /// <summary>The sum of the rounded £000s rows; it can differ from <see cref="TotalThousands"/> by rounding.</summary>
    [JsonIgnore]
    public decimal SumOfRoundedRows => SummaryRows.Sum(r => r.Thousands);

    /// <summary>True when the rounded rows do not add up to the rounded total, so the paper needs a rounding note.</summary>
    [JsonIgnore]
    public bool NeedsRoundingNote => SumOfRoundedRows != TotalThousands;

    /// <summary>Finds a programme by its id, or null.</summary>
    public Programme? FindProgramme(string id) => Programmes.FirstOrDefault(p => p.Id == id);
}
