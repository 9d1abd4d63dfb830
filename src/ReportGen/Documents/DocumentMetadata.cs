using System.Collections.Immutable;

namespace ReportGen.Documents;

/// <summary>What the outputs record about the document.</summary>
public sealed record DocumentMetadata
{
    /// <summary>The title, shown as the PDF window title and the HTML title.</summary>
    public required string Title { get; init; }
    /// <summary>A one-line subject (for example the board and meeting date).</summary>
    public required string Subject { get; init; }
    /// <summary>The author: the organisation, or the officer.</summary>
    public required string Author { get; init; }
    /// <summary>Keywords for search and archives.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];
    /// <summary>The document's date; every date inside the outputs comes from the metadata, never the clock.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>When this version was made: the latest amendment's date, else <see cref="Date"/>.</summary>
    public DateOnly Modified { get => field == default ? Date : field; init; }
    /// <summary>A BCP 47 language tag.</summary>
    public string Language { get; init; } = "en-GB";
    /// <summary>The document's version (for example "1.1").</summary>
    public required string Version { get; init; }
    /// <summary>True for a draft: writers mark every page DRAFT.</summary>
    public bool IsDraft { get; init; }
    /// <summary>"Draft" or "Final", as the outputs' status metadata records it.</summary>
    public string Status => IsDraft ? "Draft" : "Final";
    /// <summary>
    /// What the footer says of the version for drafts and amended versions ("Draft 0.1", "Version 1.1, amended
    /// 30 March 2022"); null for a first final version, whose footer carries no version.
    /// </summary>
    public string? VersionNote { get; init; }
    /// <summary>Marks for the top of every page (for example "NOT FOR PUBLICATION"), besides DRAFT.</summary>
    public ImmutableArray<string> PageMarks { get; init; } = [];
    /// <summary>The publication status or classification (for example "Public").</summary>
    public required string Classification { get; init; }
    /// <summary>The title in running footers.</summary>
    public required string FooterTitle { get; init; }
    /// <summary>The program that made the document: "ReportGen 0.1.0".</summary>
    public required string Generator { get; init; }
}
