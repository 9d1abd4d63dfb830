using System.Collections.Immutable;
using ReportGen.Documents;

namespace ReportGen.Reading;

public sealed partial class DocumentReader
{
    // References read before every paragraph number is known: the label and the Markdown line, for errors.
    private readonly List<(string Label, int MarkdownLine)> pendingReferences = [];

    // References may point forwards, so they are resolved once every numbered paragraph has its number.
    private ImmutableArray<Block> ResolveReferences(ImmutableArray<Block> blocks)
    {
        foreach (var (label, line) in pendingReferences.Where(r => !labels.ContainsKey(r.Label)))
            diagnostics.Error("RG0311", Locate(line),
                $"no paragraph is labelled '{label}'. Label the paragraph it means with (@{label}) at its start" +
                (labels.Count > 0 ? $", or use one of: {string.Join(", ", labels.Keys.Order(StringComparer.Ordinal))}." : "."));
        if (pendingReferences.Count == 0) return blocks;
        var resolve = new Resolver(labels);
        return blocks.Select(b => b.Accept(resolve)).ToImmutableArray();
    }

    private sealed class Resolver(Dictionary<string, int> labels) : IBlockVisitor<Block>, IInlineVisitor<Inline>
    {
        public Block Visit(Heading h) => h with { Content = Inlines(h.Content) };
        public Block Visit(Paragraph p) => p with { Content = Inlines(p.Content) };
        public Block Visit(NumberedParagraph n) => n with { Content = Inlines(n.Content), Children = Blocks(n.Children) };
        public Block Visit(BulletList l) => l with { Items = l.Items.Select(i => new ListItem(Blocks(i.Blocks))).ToImmutableArray() };
        public Block Visit(Table t) => t with { Header = Rows(t.Header), Body = Rows(t.Body) };
        public Block Visit(PageBreak pageBreak) => pageBreak;

        public Inline Visit(Text text) => text;
        public Inline Visit(Strong s) => s with { Content = Inlines(s.Content) };
        public Inline Visit(Emphasis e) => e with { Content = Inlines(e.Content) };
        public Inline Visit(Link l) => l with { Content = Inlines(l.Content) };
        public Inline Visit(LineBreak lineBreak) => lineBreak;

        // An unknown label has been reported; the mark is printed as written so the output shows where.
        public Inline Visit(ParagraphReference r) =>
            labels.TryGetValue(r.Label, out var number) ? r with { Number = number } : new Text($"(@{r.Label})");

        private ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks) => blocks.Select(b => b.Accept(this)).ToImmutableArray();

        private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) => inlines.Select(i => i.Accept(this)).ToImmutableArray();

        private ImmutableArray<TableRow> Rows(ImmutableArray<TableRow> rows) =>
            rows.Select(r => r with { Cells = r.Cells.Select(c => new TableCell(Inlines(c.Content))).ToImmutableArray() }).ToImmutableArray();
    }
}
