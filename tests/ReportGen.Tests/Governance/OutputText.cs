using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Governance;

/// <summary>One part of an output as searchable text, and where it came from (for the failure message).</summary>
internal sealed record OutputPart(string Where, string Text);

/// <summary>
/// Every byte of an output as text a search can look through — the parts no reader sees (PDF object strings,
/// metadata, DOCX properties, the manifest) as well as the text they do.
/// </summary>
internal static partial class OutputText
{
    /// <summary>
    /// A PDF: its bytes with every stream decompressed (qpdf --qdf), the strings in its objects decoded (bookmarks,
    /// Info, tag attributes), its text as pdftotext reads it (also with line breaks joined), the Info dictionary and
    /// the XMP packet as pdfinfo reads them.
    /// </summary>
    public static IReadOnlyList<OutputPart> Pdf(string pdf)
    {
        var qdf = pdf + ".qdf";
        var expanded = Programs.Run("qpdf", "--qdf", "--object-streams=disable", pdf, qdf);
        Assert.True(expanded.ExitCode is 0 or 3, $"qpdf failed: {expanded.Stderr}");
        var bytes = File.ReadAllBytes(qdf);
        File.Delete(qdf);
        var text = Programs.PdfText(pdf);
        return
        [
            new("PDF bytes (qpdf --qdf)", Encoding.Latin1.GetString(bytes)),
            new("PDF object strings", PdfStrings.Decode(bytes)),
            new("PDF text (pdftotext)", text + "\n" + Joined(text)),
            new("PDF Info (pdfinfo -custom)", Programs.Run("pdfinfo", "-custom", pdf).Stdout),
            new("PDF XMP (pdfinfo -meta)", Programs.Run("pdfinfo", "-meta", pdf).Stdout),
        ];
    }

    /// <summary>A DOCX: every part of the package, XML entities decoded too.</summary>
    public static IReadOnlyList<OutputPart> Docx(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        return [.. zip.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = reader.ReadToEnd();
            return new OutputPart($"DOCX {entry.FullName}", xml + "\n" + WebUtility.HtmlDecode(xml));
        })];
    }

    /// <summary>A text file (HTML, the manifest), entities decoded too.</summary>
    public static IReadOnlyList<OutputPart> Text(string file, string label)
    {
        var text = File.ReadAllText(file);
        return [new(label, text + "\n" + WebUtility.HtmlDecode(text))];
    }

    /// <summary>Where <paramref name="needle"/> occurs, as text or as the UTF-8 or UTF-16 bytes a raw part would hold.</summary>
    public static IEnumerable<string> Hits(IEnumerable<OutputPart> parts, string needle)
    {
        string[] forms = [needle, Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(needle)), Encoding.Latin1.GetString(Encoding.BigEndianUnicode.GetBytes(needle))];
        return parts.Where(part => forms.Any(form => part.Text.Contains(form, StringComparison.Ordinal))).Select(part => part.Where);
    }

    /// <summary>Text with every run of white space made one space, so a phrase wrapped across lines is found.</summary>
    public static string Joined(string text) => Space().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
