using ReportGen.Diagnostics;
using ReportGen.Tests.Support;
using ReportGen.Theming;
using ReportGen.Writers.Pdf;
using UglyToad.PdfPig;
using Document = ReportGen.Documents.Document;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>PDF bytes for documents, and PdfPig to read them.</summary>
internal static class PdfOutput
{
    private static readonly Lazy<byte[]> reference = new(() => Render(Built.Reference.Document!));

    public static byte[] Reference => reference.Value;

    public static Theme Theme => Built.Reference.Theme!;

    public static byte[] Render(Document document, DiagnosticBag? diagnostics = null, Theme? theme = null)
    {
        using var stream = new MemoryStream();
        new PdfWriter().Write(document, theme ?? Theme, stream, diagnostics ?? new DiagnosticBag());
        return stream.ToArray();
    }

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>Every page's text in content-stream order, which is our reading order.</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = Open(pdf);
        return document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value))).ToList();
    }

    public static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
