namespace ReportGen.Writers.Pdf.Layout;

/// <summary>How table rows are painted: fills and rules, from the theme.</summary>
internal sealed record TableStyle(string Grid, string Rule, string HeaderFill, string GroupFill, double Padding, double SidePadding, double GridWidth, double RuleWidth);

internal sealed partial class Paginator
{
    private void PlaceTable(TableItem item)
    {
        var table = item.Table;
        var headerHeight = table.Header.Sum(r => r.Height);
        var firstRow = table.Body.Length > 0 ? table.Body[0].Height : 0;
        if (pageHasContent && y + item.SpaceBefore + headerHeight + firstRow > page.Bottom) NewPage();
        if (pageHasContent) y += item.SpaceBefore;
        Flush(y, null);

        ops.Add(new BeginTag(Tag.Table, Summary: table.Caption));
        foreach (var row in table.Header) PlaceRow(table, row, tagged: true);
        foreach (var whole in table.Body)
        {
            var row = whole;
            // Only a row taller than a whole page (below its header) is split, between lines of its cells.
            while (row.Height > page.BodyHeight - headerHeight && y + row.Height > page.Bottom + 0.01)
            {
                var (part, rest) = SplitRow(row, page.Bottom - y);
                if (part is not null) PlaceRow(table, part, tagged: true);
                NewPageWithHeader(table);
                row = rest;
            }
            if (y + row.Height > page.Bottom + 0.01 && pageHasContent) NewPageWithHeader(table);
            PlaceRow(table, row, tagged: true);
        }
        ops.Add(new EndTag());
        y += item.SpaceAfter;
    }

    private void NewPageWithHeader(LaidTable table)
    {
        NewPage();
        // The header again, as an artifact: a screen reader has already read it once.
        foreach (var header in table.Header) PlaceRow(table, header, tagged: false);
    }

    // The lines of each cell that fit in the height available, and the rest; null when not one line fits.
    private (LaidRow? Part, LaidRow Remainder) SplitRow(LaidRow row, double available)
    {
        var room = available - 2 * tableStyle.Padding;
        var heads = row.Cells.Select(c =>
        {
            var used = 0.0;
            return c with { Lines = [.. c.Lines.TakeWhile(l => (used += l.Height) <= room)] };
        }).ToList();
        var tails = row.Cells.Select((c, i) => c with { Lines = [.. c.Lines.Skip(heads[i].Lines.Length)] }).ToList();
        double Height(IEnumerable<LaidCell> cells) => cells.Max(c => c.Lines.Sum(l => l.Height)) + 2 * tableStyle.Padding;
        var rest = row with { Cells = [.. tails], Height = Height(tails) };
        return heads.All(c => c.Lines.Length == 0) ? (null, rest) : (row with { Cells = [.. heads], Height = Height(heads) }, rest);
    }

    private void PlaceRow(LaidTable table, LaidRow row, bool tagged)
    {
        var left = page.Left + table.ColumnX[0];
        var right = page.Left + table.ColumnX[^1] + table.ColumnWidths[^1];
        var top = y;
        var bottom = y + row.Height;

        ops.Add(new BeginArtifact());
        var fill = row.IsHeader ? tableStyle.HeaderFill : row.Kind == Documents.RowKind.Group ? tableStyle.GroupFill : null;
        if (fill is not null) ops.Add(new FillRect(left, top, right - left, row.Height, fill));
        var topRule = row.Kind == Documents.RowKind.Total;
        ops.Add(new DrawLine(left, top, right, top, topRule ? tableStyle.RuleWidth : tableStyle.GridWidth, topRule ? tableStyle.Rule : tableStyle.Grid));
        ops.Add(new DrawLine(left, bottom, right, bottom, tableStyle.GridWidth, tableStyle.Grid));
        for (var i = 0; i < table.ColumnX.Length; i++)
            ops.Add(new DrawLine(page.Left + table.ColumnX[i], top, page.Left + table.ColumnX[i], bottom, tableStyle.GridWidth, tableStyle.Grid));
        ops.Add(new DrawLine(right, top, right, bottom, tableStyle.GridWidth, tableStyle.Grid));
        if (tagged) ops.Add(new EndArtifact());

        if (tagged) ops.Add(new BeginTag(Tag.TR));
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var header = row.IsHeader || i == 0;
            if (tagged) ops.Add(new BeginTag(header ? Tag.TH : Tag.TD, Scope: row.IsHeader ? "Column" : i == 0 ? "Row" : null));
            var lineTop = top + tableStyle.Padding;
            var cellLeft = page.Left + table.ColumnX[i] + tableStyle.SidePadding;
            var cellRight = page.Left + table.ColumnX[i] + table.ColumnWidths[i] - tableStyle.SidePadding;
            foreach (var line in row.Cells[i].Lines)
            {
                var x = row.Cells[i].Alignment switch
                {
                    Documents.ColumnAlignment.Right => cellRight - line.Width,
                    Documents.ColumnAlignment.Centre => (cellLeft + cellRight - line.Width) / 2,
                    _ => cellLeft,
                };
                foreach (var segment in line.Segments)
                    ops.Add(new DrawText(x + segment.X, lineTop + line.Ascent, segment));
                lineTop += line.Height;
            }
            if (tagged) ops.Add(new EndTag());
        }
        if (tagged) ops.Add(new EndTag());
        else ops.Add(new EndArtifact());
        y = bottom;
        pageHasContent = true;
    }
}
