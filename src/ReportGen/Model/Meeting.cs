namespace ReportGen.Model;

/// <summary>The meeting a paper is written for.</summary>
public sealed record Meeting
{
    /// <summary>The board's name, as the title block prints it (for example "Strategic Policing and Crime Board").</summary>
    public required string Board { get; init; }

    /// <summary>The date of the meeting; also the paper's date in document metadata.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The agenda item number, where the board numbers its papers.</summary>
    public string? AgendaItem { get; init; }
}
