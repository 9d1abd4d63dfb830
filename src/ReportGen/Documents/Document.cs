using System.Collections.Immutable;

namespace ReportGen.Documents;

// The one document model every writer walks (the pandoc shape: readers produce it, writers consume it).
// It knows nothing of budgets, Scriban or Markdig.

/// <summary>A finished document: metadata and blocks, with paragraph numbers and references resolved.</summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks);

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
    /// <summary>The document's date; every date inside the outputs comes from here, never the clock.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>A BCP 47 language tag.</summary>
    public string Language { get; init; } = "en-GB";
    /// <summary>The document's version (for example "1.1").</summary>
    public required string Version { get; init; }
    /// <summary>True for a draft: writers mark every page DRAFT.</summary>
    public bool IsDraft { get; init; }
    /// <summary>The publication status or classification (for example "Public").</summary>
    public required string Classification { get; init; }
    /// <summary>The title in running footers.</summary>
    public required string FooterTitle { get; init; }
    /// <summary>The program that made the document: "ReportGen 0.1.0".</summary>
    public required string Generator { get; init; }
}

/// <summary>A block of the document.</summary>
public abstract record Block;

/// <summary>A heading. Level 1 is the title; 2 a section or appendix; 3 a sub-section.</summary>
/// <param name="StartsPage">True for an appendix: it begins on a new page.</param>
public sealed record Heading(int Level, ImmutableArray<Inline> Content, string Id, bool StartsPage = false) : Block;

/// <summary>A plain paragraph (title block lines, signature, Appendix B narrative).</summary>
public sealed record Paragraph(ImmutableArray<Inline> Content) : Block;

/// <summary>A numbered paragraph; numbers run on across sections. A bullet list under it is one of its <paramref name="Children"/>.</summary>
public sealed record NumberedParagraph(int Number, string? Label, ImmutableArray<Inline> Content, ImmutableArray<Block> Children) : Block;

/// <summary>A bullet list.</summary>
public sealed record BulletList(ImmutableArray<ListItem> Items) : Block;

/// <summary>A list item: usually one paragraph, perhaps followed by a nested list.</summary>
public sealed record ListItem(ImmutableArray<Block> Blocks);

/// <summary>A table with header rows and body rows whose kind says how the paper styles them.</summary>
/// <param name="Caption">What the table shows, for screen readers and captions.</param>
public sealed record Table(string? Caption, ImmutableArray<ColumnAlignment> Columns, ImmutableArray<TableRow> Header, ImmutableArray<TableRow> Body) : Block;

/// <summary>A row of a table.</summary>
public sealed record TableRow(RowKind Kind, ImmutableArray<TableCell> Cells);

/// <summary>A cell of a table row.</summary>
public sealed record TableCell(ImmutableArray<Inline> Content);

/// <summary>How a column's cells are aligned; money is right-aligned.</summary>
public enum ColumnAlignment
{
    /// <summary>Text columns.</summary>
    Left,
    /// <summary>Centred.</summary>
    Centre,
    /// <summary>Money columns.</summary>
    Right,
}

/// <summary>The role of a table row, which decides its styling.</summary>
public enum RowKind
{
    /// <summary>An ordinary line.</summary>
    Item,
    /// <summary>A group heading row (italic, no amount).</summary>
    Group,
    /// <summary>A sub-total of the group above.</summary>
    Subtotal,
    /// <summary>A total (bold, with a rule above).</summary>
    Total,
}

/// <summary>Forces a new page (the "Appendix A - continued" pages).</summary>
public sealed record PageBreak : Block;

/// <summary>A run of text inside a block.</summary>
public abstract record Inline;

/// <summary>Plain text, printed literally.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Bold text.</summary>
public sealed record Strong(ImmutableArray<Inline> Content) : Inline;

/// <summary>Italic text.</summary>
public sealed record Emphasis(ImmutableArray<Inline> Content) : Inline;

/// <summary>A hyperlink.</summary>
public sealed record Link(string Url, ImmutableArray<Inline> Content) : Inline;

/// <summary>A reference to a numbered paragraph, printed as its number.</summary>
public sealed record ParagraphReference(string Label, int Number) : Inline;

/// <summary>A line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
