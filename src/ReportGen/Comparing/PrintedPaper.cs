using ReportGen.Documents;

namespace ReportGen.Comparing;

/// <summary>One piece of a printed paper a reader sees — a heading, a paragraph, a list item, a table cell — and where it is.</summary>
/// <param name="Where">How a reader finds it: "paragraph 5", "table 'Victims Services', row 'DWP', column 'Funding 2022/23'".</param>
public sealed record PrintedItem(string Where, string Text);

/// <summary>
/// A document flattened into what a reader sees, each piece keyed by where it is — paragraph numbers, section
/// headings, table captions, row labels and column headings — so two versions can be compared piece by piece.
/// </summary>
public static class PrintedPaper
{
    /// <summary>Every piece of <paramref name="document"/>, in reading order, with its title and metadata first.</summary>
    public static IReadOnlyList<PrintedItem> Of(Document document)
    {
        var items = new List<PrintedItem>();
        var m = document.Metadata;
        items.Add(new("title (metadata)", m.Title));
        items.Add(new("footer", m.FooterTitle + (m.VersionNote is { } note ? " · " + note : "")));
        items.Add(new("classification (metadata)", m.Classification));
        items.Add(new("page marks", string.Join(", ", (m.IsDraft ? ["DRAFT"] : Array.Empty<string>()).Concat(m.PageMarks))));
        var walk = new Walk(items);
        foreach (var block in document.Blocks) block.Accept(walk);
        return items;
    }

    private sealed class Walk(List<PrintedItem> items) : IBlockVisitor<Done>
    {
        private string section = "the start";
        private string? paragraph;
        private int paragraphInSection;
        private int listDepth;
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

        private string Owner => paragraph ?? $"under {section}";

        private void Add(string where, string text)
        {
            // The same place twice (two rows with one label) is told apart by its occurrence.
            var n = seen[where] = seen.GetValueOrDefault(where) + 1;
            items.Add(new(n == 1 ? where : $"{where} ({n})", text));
        }

        public Done Visit(Heading h)
        {
            var text = Inlines.PlainText(h.Content);
            section = $"'{text}'";
            paragraphInSection = 0;
            paragraph = null;
            Add(h.Level == 1 ? "title" : $"heading {section}", text);
            return Done.Value;
        }

        // A paragraph inside a list is that list's item; list items are counted per numbered paragraph or section.
        public Done Visit(Paragraph p)
        {
            if (listDepth > 0)
                Add($"{Owner}, list item", Inlines.PlainText(p.Content));
            else
                Add($"under {section}, paragraph {++paragraphInSection}", Inlines.PlainText(p.Content));
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            paragraph = $"paragraph {n.Number}";
            Add(paragraph, Inlines.PlainText(n.Content));
            foreach (var child in n.Children) child.Accept(this);
            paragraph = null;
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            listDepth++;
            foreach (var item in list.Items)
                foreach (var block in item.Blocks) block.Accept(this);
            listDepth--;
            return Done.Value;
        }

        public Done Visit(Table table)
        {
            var name = $"table '{table.Caption ?? section}'";
            var headings = table.Header.LastOrDefault()?.Cells.Select(c => Inlines.PlainText(c.Content)).ToList() ?? [];
            foreach (var row in table.Header)
                for (var i = 0; i < row.Cells.Length; i++)
                    Add($"{name}, heading of column {i + 1}", Inlines.PlainText(row.Cells[i].Content));
            foreach (var row in table.Body)
            {
                var label = Inlines.PlainText(row.Cells[0].Content);
                Add($"{name}, row '{label}'", row.Kind == RowKind.Item ? label : $"{label} ({row.Kind.ToString().ToLowerInvariant()} row)");
                for (var i = 1; i < row.Cells.Length; i++)
                {
                    var column = i < headings.Count && headings[i].Length > 0 ? $"'{headings[i]}'" : $"{i + 1}";
                    Add($"{name}, row '{label}', column {column}", Inlines.PlainText(row.Cells[i].Content));
                }
            }
            return Done.Value;
        }

        public Done Visit(PageBreak pageBreak) => Done.Value;
    }
}
