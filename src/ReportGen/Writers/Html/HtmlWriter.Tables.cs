using System.Text;
using ReportGen.Documents;

namespace ReportGen.Writers.Html;

public sealed partial class HtmlWriter
{
    private static void WriteTable(StringBuilder html, Table table)
    {
        html.Append("<table>\n");
        if (table.Caption is not null)
            html.Append("<caption>").Append(Encode(table.Caption)).Append("</caption>\n");
        if (table.Header.Length > 0)
        {
            html.Append("<thead>\n");
            foreach (var row in table.Header) WriteRow(html, table, row, header: true);
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        foreach (var row in table.Body) WriteRow(html, table, row, header: false);
        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteRow(StringBuilder html, Table table, TableRow row, bool header)
    {
        var kind = row.Kind == RowKind.Item ? "" : $" class=\"{row.Kind.ToString().ToLowerInvariant()}\"";
        html.Append("<tr").Append(kind).Append('>');
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
            html.Append('<').Append(tag).Append(scope).Append(align).Append('>');
            WriteInlines(html, row.Cells[i].Content);
            html.Append("</").Append(tag).Append('>');
        }
        html.Append("</tr>\n");
    }
}
