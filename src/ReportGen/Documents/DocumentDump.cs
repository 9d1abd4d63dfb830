using System.Text;

namespace ReportGen.Documents;

/// <summary>
/// A plain-text dump of a document, one block a line, indented by nesting: what spec and golden tests compare.
/// Inlines print as <c>**strong**</c>, <c>_emphasis_</c>, <c>[text](url)</c>, <c>{ref label=4}</c> and <c>⏎</c>;
/// a paragraph with a role other than body is written <c>Paragraph.role</c>.
/// </summary>
public static class DocumentDump
{
    /// <summary>Dumps the blocks of <paramref name="document"/> (not its metadata).</summary>
    public static string Write(Document document) => Write(document.Blocks);

    /// <summary>Dumps some blocks.</summary>
    public static string Write(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        var walk = new BlockDump(text, 0);
        foreach (var block in blocks) block.Accept(walk);
        return text.ToString();
    }

    private sealed class BlockDump(StringBuilder text, int depth) : IBlockVisitor<Done>
    {
        private readonly string indent = new(' ', depth * 2);

        public Done Visit(Heading h)
        {
            text.Append(indent).Append($"Heading {h.Level} #{h.Id}{(h.StartsPage ? " new-page" : "")}: ").AppendLine(Inlines(h.Content));
            return Done.Value;
        }

        public Done Visit(Paragraph p)
        {
            var role = p.Role == ParagraphRole.Body ? "" : "." + p.Role.ToString().ToLowerInvariant();
            text.Append(indent).Append($"Paragraph{role}: ").AppendLine(Inlines(p.Content));
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            text.Append(indent).Append($"Numbered {n.Number}{(n.Label is null ? "" : " @" + n.Label)}: ").AppendLine(Inlines(n.Content));
            var children = new BlockDump(text, depth + 1);
            foreach (var child in n.Children) child.Accept(children);
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            text.Append(indent).AppendLine("BulletList");
            var children = new BlockDump(text, depth + 2);
            foreach (var item in list.Items)
            {
                text.Append(indent).AppendLine("  - Item");
                foreach (var child in item.Blocks) child.Accept(children);
            }
            return Done.Value;
        }

        public Done Visit(Table table)
        {
            text.Append(indent).Append("Table");
            if (table.Caption is not null) text.Append($" caption=\"{table.Caption}\"");
            text.Append(" columns=").AppendLine(string.Join(",", table.Columns.Select(c => c.ToString().ToLowerInvariant())));
            foreach (var row in table.Header) Row(indent + "  header", row);
            foreach (var row in table.Body) Row(indent + "  " + row.Kind.ToString().ToLowerInvariant(), row);
            return Done.Value;
        }

        public Done Visit(PageBreak pageBreak)
        {
            text.Append(indent).AppendLine("PageBreak");
            return Done.Value;
        }

        private void Row(string prefix, TableRow row) =>
            text.Append(prefix).Append(": | ").AppendJoin(" | ", row.Cells.Select(c => Inlines(c.Content))).AppendLine(" |");
    }

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i.Accept(InlineDump.Instance)));

    private sealed class InlineDump : IInlineVisitor<string>
    {
        public static readonly InlineDump Instance = new();
        public string Visit(Text t) => t.Value;
        public string Visit(Strong s) => $"**{Inlines(s.Content)}**";
        public string Visit(Emphasis e) => $"_{Inlines(e.Content)}_";
        public string Visit(Link l) => $"[{Inlines(l.Content)}]({l.Url})";
        public string Visit(ParagraphReference r) => $"{{ref {r.Label}={r.Number}}}";
        public string Visit(LineBreak lineBreak) => "⏎";
    }
}
