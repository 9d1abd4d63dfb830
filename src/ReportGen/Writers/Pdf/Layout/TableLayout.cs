using System.Collections.Immutable;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Measures a table: money columns as wide as their widest figure, text columns sharing the rest in
/// proportion to what they hold, and each row as tall as its tallest wrapped cell.
/// </summary>
internal sealed class TableLayout(TextLayout text, Theme theme)
{
    private double Padding => theme.Spacing.TableCellPadding;
    private double Size => theme.Fonts.TableSize;

    public LaidTable Lay(Table table, double width, double indent)
    {
        var widths = ColumnWidths(table, width);
        var xs = ImmutableArray.CreateBuilder<double>();
        var x = indent;
        foreach (var w in widths) { xs.Add(x); x += w; }
        var caption = table.Caption is null ? null : TextCleaner.Clean(table.Caption, text.Warnings);
        return new LaidTable(caption, xs.ToImmutable(), [.. widths],
            [.. table.Header.Select(r => Row(r, table, widths, isHeader: true))],
            [.. table.Body.Select(r => Row(r, table, widths, isHeader: false))]);
    }

    private LaidRow Row(TableRow row, Table table, double[] widths, bool isHeader)
    {
        var style = isHeader || row.Kind is RowKind.Subtotal or RowKind.Total ? FontStyle.Bold
            : row.Kind == RowKind.Group ? FontStyle.Italic : FontStyle.Regular;
        var cells = row.Cells.Select((cell, i) => new LaidCell(
            text.Break(cell.Content, style, Size, widths[i] - 2 * CellSidePadding, theme.Spacing.TableLineHeight), table.Columns[i])).ToImmutableArray();
        var height = cells.Max(c => c.Lines.Sum(l => l.Height)) + 2 * Padding;
        return new LaidRow(row.Kind, cells, height, isHeader);
    }

    public double CellSidePadding => Padding * 2;

    private double[] ColumnWidths(Table table, double width)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        // Loops rather than Linq over ints and doubles, which a framework-dependent start JIT-compiled.
        var needed = new double[table.Columns.Length];
        for (var column = 0; column < needed.Length; column++)
        {
            var widest = double.NegativeInfinity;
            foreach (var row in rows) widest = Math.Max(widest, text.NaturalWidth(row.Cells[column].Content, FontStyle.Bold, Size));
            needed[column] = widest + 2 * CellSidePadding + 1;
        }
        return Writers.ColumnWidths.Allocate(table.Columns, needed, width);
    }
}
