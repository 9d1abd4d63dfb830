using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers;

/// <summary>
/// The column split of a table as the print formats make it, for the writers that do not measure text
/// themselves (DOCX, HTML): each column's natural width — its widest cell in the theme's bold table font,
/// plus the cell's side padding and 1 pt, as the PDF's table layout measures it — shared by <see cref="ColumnWidths"/>.
/// Widths come from Arial's metrics (Liberation Sans has the same), so the split matches the PDF's.
/// </summary>
public static class PrintedColumns
{
    /// <summary>Each column's width in points for a table <paramref name="available"/> points wide.</summary>
    public static double[] Widths(Table table, Theme theme, double available)
    {
        var rows = table.Header.Concat(table.Body).ToList();
        var side = theme.Spacing.TableCellPadding * 2;
        var needed = new double[table.Columns.Length];
        for (var column = 0; column < needed.Length; column++)
        {
            var widest = double.NegativeInfinity;
            foreach (var row in rows) widest = Math.Max(widest, BoldWidth(Inlines.PlainText(row.Cells[column].Content), theme.Fonts.TableSize));
            needed[column] = widest + 2 * side + 1;
        }
        return ColumnWidths.Allocate(table.Columns, needed, available);
    }

    /// <summary>The text width of the page in points.</summary>
    public static double TextWidth(ThemePage page) => (page.WidthMm - page.MarginLeftMm - page.MarginRightMm) * 72 / 25.4;

    /// <summary>The width of <paramref name="text"/> in Arial Bold at <paramref name="size"/> points.</summary>
    public static double BoldWidth(string text, double size)
    {
        double units = 0;
        foreach (var c in text)
            units += c is >= ' ' and <= '~' ? AsciiBold[c - ' '] : c switch { '£' or '–' or '€' => 556, '—' => 1000, '‘' or '’' => 278, '“' or '”' => 500, _ => 556 };
        return units * size / 1000;
    }

    // Advance widths of Arial Bold (= Helvetica Bold, Liberation Sans Bold) for ' ' to '~', in thousandths of an em.
    private static readonly int[] AsciiBold =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ];
}
