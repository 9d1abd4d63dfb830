using ReportGen.Documents;

namespace ReportGen.Writers.Pdf.Layout;

internal sealed partial class Paginator
{
    // One row at y: its fills and rules as an artifact, then its cells' text as TR and TH/TD content — or,
    // for a repeated header, all of it as an artifact. A split row's parts share one key, so they are one TR.
    private void PlaceRow(LaidTable table, LaidRow row, bool tagged, int? key)
    {
        var left = page.Left + table.ColumnX[0];
        var right = page.Left + table.ColumnX[^1] + table.ColumnWidths[^1];
        var top = y;
        var bottom = y + row.Height;

        ops.Add(BeginArtifact.Instance);
        var fill = row.IsHeader ? tableStyle.HeaderFill : row.Kind == RowKind.Group ? tableStyle.GroupFill : null;
        if (fill is not null) ops.Add(new FillRect(left, top, right - left, row.Height, fill));
        var topRule = row.Kind == RowKind.Total;
        ops.Add(new DrawLine(left, top, right, top, topRule ? tableStyle.RuleWidth : tableStyle.GridWidth, topRule ? tableStyle.Rule : tableStyle.Grid));
        ops.Add(new DrawLine(left, bottom, right, bottom, tableStyle.GridWidth, tableStyle.Grid));
        for (var i = 0; i < table.ColumnX.Length; i++)
            ops.Add(new DrawLine(page.Left + table.ColumnX[i], top, page.Left + table.ColumnX[i], bottom, tableStyle.GridWidth, tableStyle.Grid));
        ops.Add(new DrawLine(right, top, right, bottom, tableStyle.GridWidth, tableStyle.Grid));
        if (tagged) ops.Add(EndArtifact.Instance);

        if (tagged) ops.Add(new BeginTag(Tag.TR, Key: key));
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var header = row.IsHeader || i == 0;
            if (tagged) ops.Add(new BeginTag(header ? Tag.TH : Tag.TD, Scope: row.IsHeader ? "Column" : i == 0 ? "Row" : null, Key: key + 1 + i));
            var lineTop = top + tableStyle.Padding;
            var cellLeft = page.Left + table.ColumnX[i] + tableStyle.SidePadding;
            var cellRight = page.Left + table.ColumnX[i] + table.ColumnWidths[i] - tableStyle.SidePadding;
            foreach (var line in row.Cells[i].Lines)
            {
                var x = row.Cells[i].Alignment switch
                {
                    ColumnAlignment.Right => cellRight - line.Width,
                    ColumnAlignment.Centre => (cellLeft + cellRight - line.Width) / 2,
                    _ => cellLeft,
                };
                foreach (var segment in line.Segments)
                    ops.Add(new DrawText(x + segment.X, lineTop + line.Ascent, segment));
                lineTop += line.Height;
            }
            if (tagged) ops.Add(EndTag.Instance);
        }
        if (tagged) ops.Add(EndTag.Instance);
        else ops.Add(EndArtifact.Instance);
        y = bottom;
        if (tagged) pageHasContent = true;
    }
}
