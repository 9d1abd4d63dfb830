using System.Globalization;
using ReportGen.Documents;

namespace ReportGen.Writers.Html;

internal sealed partial class HtmlPage
{
    public void WriteTable(Table table)
    {
        Place = "the table " + SafeText.Quote(table.Caption ?? "");
        Markup("<table>\n");
        if (table.Caption is not null)
            Markup("<caption>").Append(table.Caption).Markup("</caption>\n");
        // The print formats' column split, as shares of the table's width (with table-layout: fixed in the CSS).
        var widths = PrintedColumns.Widths(table, Theme, PrintedColumns.TextWidth(Theme.Page));
        Markup("<colgroup>");
        foreach (var width in widths)
            Markup($"<col style=\"width: {(100 * width / widths.Sum()).ToString("0.##", CultureInfo.InvariantCulture)}%\">");
        Markup("</colgroup>\n");
        if (table.Header.Length > 0)
        {
            Markup("<thead>\n");
            foreach (var row in table.Header) WriteRow(table, row, header: true);
            Markup("</thead>\n");
        }
        Markup("<tbody>\n");
        foreach (var row in table.Body) WriteRow(table, row, header: false);
        Markup("</tbody>\n</table>\n");
    }

    private void WriteRow(Table table, TableRow row, bool header)
    {
        var kind = row.Kind == RowKind.Item ? "" : $" class=\"{row.Kind.ToString().ToLowerInvariant()}\"";
        Markup("<tr").Markup(kind).Markup(">");
        for (var i = 0; i < row.Cells.Length; i++)
        {
            // Header cells head their column; the first cell of a body row heads its row.
            var (tag, scope) = header ? ("th", " scope=\"col\"") : i == 0 ? ("th", " scope=\"row\"") : ("td", "");
            var align = table.Columns[i] switch
            {
                ColumnAlignment.Right => " class=\"num\"",
                ColumnAlignment.Centre => " class=\"centre\"",
                _ => "",
            };
            Markup("<").Markup(tag).Markup(scope).Markup(align).Markup(">");
            if (header && string.IsNullOrWhiteSpace(Inlines.PlainText(row.Cells[i].Content)))
            {
                // A column heading the print leaves blank still names its column for a screen reader, unseen:
                // the first column holds the rows' names, which the caption says; any other is named by its place.
                var name = i == 0 && table.Caption is not null ? table.Caption : $"Column {i + 1}";
                Markup("<span class=\"visually-hidden\">").Append(name).Markup("</span>");
            }
            else
                WriteInlines(row.Cells[i].Content);
            Markup("</").Markup(tag).Markup(">");
        }
        Markup("</tr>\n");
    }
}
