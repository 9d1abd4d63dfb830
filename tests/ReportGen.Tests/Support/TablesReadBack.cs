using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Tests.Support;

/// <summary>
/// The tables of a built paper read back from each output file, as rows of cell texts: what a reader of that
/// format sees, independent of the code that wrote it.
/// </summary>
internal static class TablesReadBack
{
    /// <summary>Every table of an HTML page: its caption and its rows (header rows included).</summary>
    public static List<(string Caption, List<string[]> Rows)> Html(string path)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(path));
        return page.QuerySelectorAll("table").Select(t => (
            t.QuerySelector("caption")?.TextContent.Trim() ?? "",
            t.QuerySelectorAll("tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList())).ToList();
    }

    /// <summary>Every table of a Word document: its caption (tblCaption) and its rows.</summary>
    public static List<(string Caption, List<string[]> Rows)> Docx(string path)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Select(t => (
            t.GetFirstChild<W.TableProperties>()?.GetFirstChild<W.TableCaption>()?.Val?.Value ?? "",
            t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText.Trim()).ToArray()).ToList())).ToList();
    }

    /// <summary>The row of a table whose first cell is <paramref name="label"/>.</summary>
    public static string[] Row(List<string[]> rows, string label) =>
        rows.SingleOrDefault(r => r.Length > 0 && r[0] == label) ?? throw new Xunit.Sdk.XunitException($"no row '{label}' in [{string.Join(" / ", rows.Select(r => r.FirstOrDefault()))}]");
}
