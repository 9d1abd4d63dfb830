using System.Text;

namespace ReportGen.Documents;

/// <summary>
/// A plain-text dump of a document, one block a line, indented by nesting: what spec and golden tests compare.
/// Inlines print as <c>**strong**</c>, <c>_emphasis_</c>, <c>[text](url)</c>, <c>{ref label=4}</c> and <c>⏎</c>.
/// </summary>
public static class DocumentDump
{
    /// <summary>Dumps the blocks of <paramref name="document"/> (not its metadata).</summary>
    public static string Write(Document document) => Write(document.Blocks);

    /// <summary>Dumps some blocks.</summary>
    public static string Write(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks) Block(text, block, 0);
        return text.ToString();
    }

    private static void Block(StringBuilder text, Block block, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (block)
        {
            case Heading h:
                text.Append(indent).Append($"Heading {h.Level} #{h.Id}{(h.StartsPage ? " new-page" : "")}: ").AppendLine(Inlines(h.Content));
                break;
            case Paragraph p:
                text.Append(indent).Append("Paragraph: ").AppendLine(Inlines(p.Content));
                break;
            case NumberedParagraph n:
                text.Append(indent).Append($"Numbered {n.Number}{(n.Label is null ? "" : " @" + n.Label)}: ").AppendLine(Inlines(n.Content));
                foreach (var child in n.Children) Block(text, child, depth + 1);
                break;
            case BulletList list:
                text.Append(indent).AppendLine("BulletList");
                foreach (var item in list.Items)
                {
                    text.Append(indent).AppendLine("  - Item");
                    foreach (var child in item.Blocks) Block(text, child, depth + 2);
                }
                break;
            case Table table:
                text.Append(indent).Append("Table");
                if (table.Caption is not null) text.Append($" caption=\"{table.Caption}\"");
                text.Append(" columns=").AppendLine(string.Join(",", table.Columns.Select(c => c.ToString().ToLowerInvariant())));
                foreach (var row in table.Header) Row(text, indent + "  header", row);
                foreach (var row in table.Body) Row(text, indent + "  " + row.Kind.ToString().ToLowerInvariant(), row);
                break;
            case PageBreak:
                text.Append(indent).AppendLine("PageBreak");
                break;
        }
    }

    private static void Row(StringBuilder text, string prefix, TableRow row) =>
        text.Append(prefix).Append(": | ").AppendJoin(" | ", row.Cells.Select(c => Inlines(c.Content))).AppendLine(" |");

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(Inline));

    private static string Inline(Inline inline) => inline switch
    {
        Text t => t.Value,
        Strong s => $"**{Inlines(s.Content)}**",
        Emphasis e => $"_{Inlines(e.Content)}_",
        Link l => $"[{Inlines(l.Content)}]({l.Url})",
        ParagraphReference r => $"{{ref {r.Label}={r.Number}}}",
        LineBreak => "⏎",
        _ => $"<{inline.GetType().Name}>",
    };
}
