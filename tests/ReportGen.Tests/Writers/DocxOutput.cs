using DocumentFormat.OpenXml.Packaging;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;
using ReportGen.Writers.Docx;
using Document = ReportGen.Documents.Document;

namespace ReportGen.Tests.Writers;

/// <summary>DOCX bytes for a document, and helpers to open them.</summary>
internal static class DocxOutput
{
    private static readonly Lazy<byte[]> reference = new(() => Render(Built.Reference.Document!));

    public static byte[] Reference => reference.Value;

    public static byte[] Render(Document document)
    {
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, Built.Reference.Theme!, stream, new DiagnosticBag());
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
}
