using System.Collections.Immutable;

namespace ReportGen.Documents;

// The one document model every writer walks (the pandoc shape: readers produce it, writers consume it).
// It knows nothing of budgets, Scriban or Markdig. Blocks and inlines are closed hierarchies: only this
// assembly can add a kind, and every walk goes through IBlockVisitor / IInlineVisitor, so a new kind is a
// compile error in each writer until that writer handles it — never a silent gap in one format.

/// <summary>A finished document: metadata and blocks, with paragraph numbers and references resolved.</summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks);

/// <summary>A block of the document. The kinds are closed: see <see cref="IBlockVisitor{T}"/>.</summary>
public abstract record Block
{
    private protected Block() { }

    /// <summary>Calls the visitor's method for this kind of block.</summary>
    public abstract T Accept<T>(IBlockVisitor<T> visitor);
}

/// <summary>A heading. Level 1 is the title; 2 a section or appendix; 3 a sub-section.</summary>
/// <param name="StartsPage">True for an appendix: it begins on a new page.</param>
public sealed record Heading(int Level, ImmutableArray<Inline> Content, string Id, bool StartsPage = false) : Block
{
    /// <inheritdoc/>
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A paragraph that is not numbered; its role says what it is for, and so how it is styled.</summary>
public sealed record Paragraph(ImmutableArray<Inline> Content, ParagraphRole Role = ParagraphRole.Body) : Block
{
    /// <inheritdoc/>
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>What an unnumbered paragraph is for.</summary>
public enum ParagraphRole
{
    /// <summary>Running text (Appendix B narrative, list items).</summary>
    Body,
    /// <summary>The lines above the title: the board, the meeting date, the agenda item (bold).</summary>
    TitleBlock,
    /// <summary>The name and role of the officer who signs the paper.</summary>
    Signature,
    /// <summary>A line that carries a table on to a new printed page ("Appendix A - continued"): print only.</summary>
    Continuation,
    /// <summary>A note under a table: rounding, a corrected published figure, withheld content.</summary>
    Note,
}

/// <summary>A numbered paragraph; numbers run on across sections. A bullet list under it is one of its <paramref name="Children"/>.</summary>
public sealed record NumberedParagraph(int Number, string? Label, ImmutableArray<Inline> Content, ImmutableArray<Block> Children) : Block
{
    /// <inheritdoc/>
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A bullet list.</summary>
public sealed record BulletList(ImmutableArray<ListItem> Items) : Block
{
    /// <inheritdoc/>
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A list item: usually one paragraph, perhaps followed by a nested list.</summary>
public sealed record ListItem(ImmutableArray<Block> Blocks);

/// <summary>A table with header rows and body rows whose kind says how the paper styles them.</summary>
/// <param name="Caption">What the table shows, for screen readers and captions.</param>
public sealed record Table(string? Caption, ImmutableArray<ColumnAlignment> Columns, ImmutableArray<TableRow> Header, ImmutableArray<TableRow> Body) : Block
{
    /// <inheritdoc/>
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

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
public sealed record PageBreak : Block
{
    /// <inheritdoc/>
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A run of text inside a block. The kinds are closed: see <see cref="IInlineVisitor{T}"/>.</summary>
public abstract record Inline
{
    private protected Inline() { }

    /// <summary>Calls the visitor's method for this kind of inline.</summary>
    public abstract T Accept<T>(IInlineVisitor<T> visitor);
}

/// <summary>Plain text, printed literally.</summary>
public sealed record Text(string Value) : Inline
{
    /// <inheritdoc/>
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Bold text.</summary>
public sealed record Strong(ImmutableArray<Inline> Content) : Inline
{
    /// <inheritdoc/>
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Italic text.</summary>
public sealed record Emphasis(ImmutableArray<Inline> Content) : Inline
{
    /// <inheritdoc/>
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A hyperlink.</summary>
public sealed record Link(string Url, ImmutableArray<Inline> Content) : Inline
{
    /// <inheritdoc/>
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A reference to a numbered paragraph, printed as its number.</summary>
public sealed record ParagraphReference(string Label, int Number) : Inline
{
    /// <inheritdoc/>
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A line break inside a paragraph.</summary>
public sealed record LineBreak : Inline
{
    /// <inheritdoc/>
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}
