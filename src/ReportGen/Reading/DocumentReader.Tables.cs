using System.Collections.Immutable;
using System.Net;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Documents;
using TableCell = ReportGen.Documents.TableCell;
using TableRow = ReportGen.Documents.TableRow;

namespace ReportGen.Reading;

public sealed partial class DocumentReader
{
    private Documents.Table ReadTable(Markdig.Extensions.Tables.Table table)
    {
        var header = ImmutableArray.CreateBuilder<TableRow>();
        var body = ImmutableArray.CreateBuilder<TableRow>();
        var width = 0;
        foreach (var row in table.OfType<Markdig.Extensions.Tables.TableRow>())
        {
            var read = ReadRow(row);
            width = Math.Max(width, read.Cells.Length);
            (row.IsHeader ? header : body).Add(read);
        }
        var columns = Enumerable.Range(0, width).Select(i => Alignment(table, i)).ToImmutableArray();
        var caption = table.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "caption").Value;
        return new Documents.Table(caption is null ? null : WebUtility.HtmlDecode(caption), columns,
            header.Select(r => Pad(r, width)).ToImmutableArray(), body.Select(r => Pad(r, width)).ToImmutableArray());
    }

    private TableRow ReadRow(Markdig.Extensions.Tables.TableRow row)
    {
        var kind = Documents.RowKind.Item;
        var cells = ImmutableArray.CreateBuilder<TableCell>();
        foreach (var cell in row.OfType<Markdig.Extensions.Tables.TableCell>())
        {
            var paragraph = cell.OfType<ParagraphBlock>().FirstOrDefault();
            if (cells.Count == 0 && paragraph?.Inline?.FirstChild is PaperMarkInline { Kind: PaperMarkKind.Row } mark)
            {
                kind = ReadRowKind(mark);
                mark.Remove();
            }
            var content = paragraph is null ? [] : TrimStart(ReadInlines(paragraph.Inline));
            cells.Add(new TableCell(content));
        }
        return new TableRow(kind, cells.ToImmutable());
    }

    private Documents.RowKind ReadRowKind(PaperMarkInline mark)
    {
        switch (mark.Value)
        {
            case "group": return Documents.RowKind.Group;
            case "subtotal": return Documents.RowKind.Subtotal;
            case "total": return Documents.RowKind.Total;
            default:
                Error(mark, "RG0313", $"'(={mark.Value})' is not a row kind. Use (=group), (=subtotal) or (=total); leave ordinary rows unmarked.");
                return Documents.RowKind.Item;
        }
    }

    private static ColumnAlignment Alignment(Markdig.Extensions.Tables.Table table, int index) =>
        index < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[index].Alignment switch
            {
                TableColumnAlign.Right => ColumnAlignment.Right,
                TableColumnAlign.Center => ColumnAlignment.Centre,
                _ => ColumnAlignment.Left,
            }
            : ColumnAlignment.Left;

    private static TableRow Pad(TableRow row, int width) =>
        row.Cells.Length >= width ? row
            : row with { Cells = row.Cells.AddRange(Enumerable.Repeat(new TableCell([]), width - row.Cells.Length)) };
}
