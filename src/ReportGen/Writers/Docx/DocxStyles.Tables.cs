using ReportGen.Documents;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxStyles
{
    /// <summary>The text of a kind of row (null for a header row): its style id and name, bold, italic, kept with the next row.</summary>
    private sealed record RowText(RowKind? Kind, string Id, string Name, bool Bold, bool Italic, bool KeepNext);

    private static readonly RowText[] RowTexts =
    [
        new(RowKind.Item, "TableText", "Table Text", false, false, false),
        new(null, "TableHeading", "Table Heading", true, false, true),
        new(RowKind.Group, "TableGroup", "Table Group", false, true, true),
        new(RowKind.Subtotal, "TableSubtotal", "Table Subtotal", true, false, false),
        new(RowKind.Total, "TableTotal", "Table Total", true, false, false),
    ];

    // Table text in the theme's table size and line height, no space between lines of cells (the cells' padding
    // spaces them); "Amount" variants right-align money, "Centred" ones centre.
    private void AddTableTextStyles()
    {
        var size = theme.Fonts.TableSize;
        var line = size * theme.Spacing.TableLineHeight;
        foreach (var (kind, id, name, bold, italic, keepNext) in RowTexts)
        {
            Add(new DocxParagraphStyle(id, name, kind == RowKind.Item ? Normal : "TableText", size, line, 0, 0)
            {
                Bold = bold, Italic = italic, KeepNext = keepNext,
            });
            var stem = kind == RowKind.Item ? "Table" : name;
            Add(styles[id] with { Id = TableCell(kind, ColumnAlignment.Right), Name = stem + " Amount", BasedOn = id, Alignment = "right" });
            Add(styles[id] with { Id = TableCell(kind, ColumnAlignment.Centre), Name = stem + " Centred", BasedOn = id, Alignment = "center" });
        }
        // Word joins two tables that touch; between two tables of the paper stands this, as tall as the PDF's gap.
        Add(new DocxParagraphStyle(TableSeparator, "Table Separator", Normal, size, SpaceBelowTable + SpaceAboveTable, 0, 0) { Primary = false });
    }

    /// <summary>The paragraph style of a cell: by row kind (null for a header row) and column alignment.</summary>
    public static string TableCell(RowKind? kind, ColumnAlignment alignment)
    {
        var id = RowTexts[0].Id;
        foreach (var row in RowTexts)
            if (row.Kind == kind) id = row.Id;
        var stem = kind == RowKind.Item ? "Table" : id;
        return alignment switch { ColumnAlignment.Right => stem + "Amount", ColumnAlignment.Centre => stem + "Centred", _ => id };
    }
}
