namespace ReportGen.Model;

/// <summary>What the report is, who wrote it, and which version of it this is.</summary>
public sealed record ReportDetails
{
    /// <summary>The paper's title, as the title block prints it.</summary>
    public required string Title { get; init; }

    /// <summary>A short title for running footers; the title when absent.</summary>
    public string? ShortTitle { get; init; }

    /// <summary>The financial year the budget covers, written as the paper writes it (for example "2022/23").</summary>
    public required string FinancialYear { get; init; }

    /// <summary>The paper's date, for a paper that goes to no meeting (an allocations notice); the meeting's date otherwise.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The organisation the paper comes from; the document's author in metadata.</summary>
    public required string Organisation { get; init; }

    /// <summary>The officer who signs the paper, if someone signs it.</summary>
    public Person? Author { get; init; }

    /// <summary>The version of the paper (for example "1.0", "1.1").</summary>
    public required string Version { get; init; }

    /// <summary>Draft or final.</summary>
    public required ReportStatus Status { get; init; }

    /// <summary>The publication status or security classification (for example "Public", "OFFICIAL").</summary>
    public required string Classification { get; init; }

    /// <summary>
    /// Whether the outputs note each figure they print differently from the paper as published (an acknowledged
    /// difference), beside the figure; on unless set to false.
    /// </summary>
    public bool? CorrectionNotes { get; init; }

    /// <summary>Words for the document's keywords metadata.</summary>
    public IReadOnlyList<string> Keywords { get; init => field = value ?? []; } = [];

    /// <summary>The amendments made since earlier versions, oldest first.</summary>
    public IReadOnlyList<Amendment> Amendments { get; init => field = value ?? []; } = [];

    /// <summary>The footer's title: the short title, or the title.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string FooterTitle => ShortTitle ?? Title;
}

/// <summary>Whether a paper is still a draft or is the final version put to the board.</summary>
public enum ReportStatus
{
    /// <summary>A draft: the outputs are marked DRAFT.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("draft")]
    Draft,

    /// <summary>The final version.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("final")]
    Final,
}

/// <summary>A person named in the paper.</summary>
public sealed record Person
{
    /// <summary>Their name.</summary>
    public required string Name { get; init; }

    /// <summary>Their role, as printed under the name.</summary>
    public required string Role { get; init; }

    /// <summary>An e-mail address or telephone number for questions, if the paper gives one.</summary>
    public string? Contact { get; init; }
}

/// <summary>One amendment to the paper.</summary>
public sealed record Amendment
{
    /// <summary>The version the amendment produced.</summary>
    public required string Version { get; init; }

    /// <summary>When the amendment was made.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What changed, in a sentence.</summary>
    public required string Description { get; init; }
}

/// <summary>The Police and Crime Plan the paper refers to.</summary>
public sealed record PoliceAndCrimePlan
{
    /// <summary>The Plan's name (for example "Police and Crime Plan 2021 - 2025").</summary>
    public required string Title { get; init; }

    /// <summary>The objectives, in the order the paper lists them.</summary>
    public required IReadOnlyList<string> Objectives { get; init; }
}
