using ReportGen.Writers.Docx;
using ReportGen.Writers.Html;
using ReportGen.Writers.Pdf;

namespace ReportGen.Writers;

/// <summary>The writers ReportGen has, by format name.</summary>
public static class DocumentWriters
{
    /// <summary>Every writer, in the order outputs are written.</summary>
    public static IReadOnlyList<IDocumentWriter> All { get; } = [new PdfWriter(), new DocxWriter(), new HtmlWriter()];

    /// <summary>The format names, for help text and errors.</summary>
    public static IEnumerable<string> Formats => All.Select(w => w.Format);

    /// <summary>The writer for a format name, or null.</summary>
    public static IDocumentWriter? Find(string format) =>
        All.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.OrdinalIgnoreCase));
}
