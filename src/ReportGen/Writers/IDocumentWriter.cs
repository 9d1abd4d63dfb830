using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Theming;

namespace ReportGen.Writers;

/// <summary>
/// Writes a <see cref="Document"/> in one format. A writer sees the document and the theme, nothing else:
/// adding a format is adding a writer.
/// </summary>
public interface IDocumentWriter
{
    /// <summary>The format's name on the command line: html, docx, pdf.</summary>
    string Format { get; }

    /// <summary>The file extension, with its dot.</summary>
    string Extension { get; }

    /// <summary>Writes the document to <paramref name="output"/>; problems that do not stop it go to <paramref name="diagnostics"/>.</summary>
    void Write(Document document, Theme theme, Stream output, DiagnosticBag diagnostics);
}
