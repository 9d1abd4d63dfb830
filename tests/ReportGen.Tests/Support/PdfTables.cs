using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Support;

/// <summary>
/// Table rows read back from a PDF by position: every line of words on a page whose amount words end at the
/// right edges of the given column headings. A row is its label (the other words) and one cell per column.
/// </summary>
internal static partial class PdfTables
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(–|[(\u2212-]?£?[0-9][0-9,]*(\.[0-9]+)?%?\)?)$")]
    private static partial System.Text.RegularExpressions.Regex FigurePattern();

    private static readonly System.Text.RegularExpressions.Regex Figure = FigurePattern();

    public static List<(string Label, string?[] Cells)> Rows(byte[] pdf, IReadOnlyList<string> headings)
    {
        var rows = new List<(string, string?[])>();
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            var lines = words.GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0)).OrderByDescending(g => g.Key).ToList();
            double[]? edges = null;
            foreach (var line in lines)
            {
                var texts = line.OrderBy(w => w.BoundingBox.Left).ToList();
                if (headings.All(h => texts.Any(w => w.Text == h)))
                {
                    edges = [.. headings.Select(h => texts.Last(w => w.Text == h).BoundingBox.Right)];
                    continue;
                }
                if (edges is null) continue;
                var cells = new string?[edges.Length];
                var label = new List<Word>();
                foreach (var word in texts)
                {
                    var column = Figure.IsMatch(word.Text) ? Array.FindIndex(edges, e => Math.Abs(e - word.BoundingBox.Right) < 1.0) : -1;
                    if (column >= 0) cells[column] = word.Text; else label.Add(word);
                }
                if (cells.Any(c => c is not null)) rows.Add((string.Join(' ', label.Select(w => w.Text)), cells));
            }
        }
        return rows;
    }
}
