namespace ReportGen.Documents;

/// <summary>
/// One method per kind of block. Every walk over a document implements this, so adding a kind of block
/// is a compile error in every writer until it is handled.
/// </summary>
public interface IBlockVisitor<out T>
{
    /// <summary>A heading.</summary>
    T Visit(Heading heading);
    /// <summary>An unnumbered paragraph.</summary>
    T Visit(Paragraph paragraph);
    /// <summary>A numbered paragraph.</summary>
    T Visit(NumberedParagraph paragraph);
    /// <summary>A bullet list.</summary>
    T Visit(BulletList list);
    /// <summary>A table.</summary>
    T Visit(Table table);
    /// <summary>A page break.</summary>
    T Visit(PageBreak pageBreak);
}

/// <summary>One method per kind of inline; see <see cref="IBlockVisitor{T}"/> for why.</summary>
public interface IInlineVisitor<out T>
{
    /// <summary>Plain text.</summary>
    T Visit(Text text);
    /// <summary>Bold.</summary>
    T Visit(Strong strong);
    /// <summary>Italic.</summary>
    T Visit(Emphasis emphasis);
    /// <summary>A hyperlink.</summary>
    T Visit(Link link);
    /// <summary>A paragraph reference.</summary>
    T Visit(ParagraphReference reference);
    /// <summary>A line break.</summary>
    T Visit(LineBreak lineBreak);
}

/// <summary>What a visitor that only acts returns: there is one value, and it means "done".</summary>
public readonly record struct Done
{
    /// <summary>The value.</summary>
    public static Done Value => default;
}
