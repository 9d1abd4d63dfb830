using System.Collections.Immutable;
using ReportGen.Documents;

namespace ReportGen.Reading;

/// <summary>A reference read before every paragraph number is known; resolved before the document is returned.</summary>
internal sealed record PendingReference(string Label, int MarkdownLine) : Inline;

public sealed partial class DocumentReader
{
    // References may point forwards, so they are resolved once every numbered paragraph has its number.
    private ImmutableArray<Block> ResolveReferences(ImmutableArray<Block> blocks) => blocks.Select(Resolve).ToImmutableArray();

    private Block Resolve(Block block) => block switch
    {
        Heading h => h with { Content = Resolve(h.Content) },
        Paragraph p => p with { Content = Resolve(p.Content) },
        NumberedParagraph n => n with { Content = Resolve(n.Content), Children = ResolveReferences(n.Children) },
        BulletList l => l with { Items = l.Items.Select(i => new ListItem(ResolveReferences(i.Blocks))).ToImmutableArray() },
        Table t => t with { Header = Resolve(t.Header), Body = Resolve(t.Body) },
        _ => block,
    };

    private ImmutableArray<TableRow> Resolve(ImmutableArray<TableRow> rows) =>
        rows.Select(r => r with { Cells = r.Cells.Select(c => new TableCell(Resolve(c.Content))).ToImmutableArray() }).ToImmutableArray();

    private ImmutableArray<Inline> Resolve(ImmutableArray<Inline> inlines) => inlines.Select(Resolve).ToImmutableArray();

    private Inline Resolve(Inline inline)
    {
        switch (inline)
        {
            case PendingReference pending when labels.TryGetValue(pending.Label, out var number):
                return new ParagraphReference(pending.Label, number);
            case PendingReference pending:
                diagnostics.Error("RG0311", Locate(pending.MarkdownLine),
                    $"no paragraph is labelled '{pending.Label}'. Label the paragraph it means with (@{pending.Label}) at its start" +
                    (labels.Count > 0 ? $", or use one of: {string.Join(", ", labels.Keys.Order(StringComparer.Ordinal))}." : "."));
                return new Text($"(@{pending.Label})");
            case Strong s: return s with { Content = Resolve(s.Content) };
            case Emphasis e: return e with { Content = Resolve(e.Content) };
            case Link l: return l with { Content = Resolve(l.Content) };
            default: return inline;
        }
    }
}
