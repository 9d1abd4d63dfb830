using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;
using ReportGen.Writers.Docx;
using Document = ReportGen.Documents.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Style = DocumentFormat.OpenXml.Wordprocessing.Style;

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

    public static byte[] Render(Document document, DiagnosticBag diagnostics)
    {
        using var stream = new MemoryStream();
        new DocxWriter().Write(document, Built.Reference.Theme!, stream, diagnostics);
        return stream.ToArray();
    }

    /// <summary>A style and the styles it is based on, nearest first.</summary>
    public static IEnumerable<Style> Chain(WordprocessingDocument word, string? styleId)
    {
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var id = styleId; id is not null && styles.TryGetValue(id, out var style); id = style.BasedOn?.Val?.Value)
            yield return style;
    }

    /// <summary>The first value a style chain gives for a paragraph property, as Word resolves it.</summary>
    public static T? Resolved<T>(WordprocessingDocument word, Paragraph paragraph) where T : OpenXmlElement =>
        Chain(word, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Select(s => s.StyleParagraphProperties?.GetFirstChild<T>()).FirstOrDefault(v => v is not null);

    /// <summary>The paragraph's style and every style it is based on, by id.</summary>
    public static IReadOnlyList<string> StyleIds(WordprocessingDocument word, Paragraph paragraph) =>
        [.. Chain(word, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value).Select(s => s.StyleId!.Value!)];
}
