using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Theming;
using Document = ReportGen.Documents.Document;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The Word document officers keep editing: every look a named style, live paragraph numbering, real tables with
/// repeating header rows, REF fields for cross-references (refreshed when Word opens the file), a PAGE / NUMPAGES
/// footer with the version note, a header with the page marks, A4 from the theme. Part ids, dates and zip entries
/// are fixed, so the same document always gives the same bytes; text XML cannot carry is replaced and reported.
/// </summary>
public sealed partial class DocxWriter : IDocumentWriter
{
    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public string Extension => ".docx";

    /// <inheritdoc/>
    public void Write(Document document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var text = new SafeText(diagnostics, "DOCX");
        var metadata = text.Clean(document.Metadata);
        var styles = new DocxStyles(theme);
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            word.ChangeIdOfPart(main, "rIdDocument");
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxNumbering.Create(theme);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<FooterPart>("rIdFooter").Footer = DocxHeaderFooter.Footer(metadata, theme);
            var marks = DocxHeaderFooter.Marks(metadata);
            if (marks.Count > 0) main.AddNewPart<HeaderPart>("rIdHeader").Header = DocxHeaderFooter.Header(marks);

            var body = new DocxBody(main, theme, styles, text, diagnostics);
            body.WriteBlocks(document.Blocks);
            body.Finish();
            body.Element.Append(DocxHeaderFooter.Section(theme, "rIdFooter", marks.Count > 0 ? "rIdHeader" : null));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body.Element);
            // Last: the body's walk asks for the style variants it needs.
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles.Part();

            DocxProperties.Write(word, metadata);
        }
        DocxPackage.Normalise(package.ToArray(), metadata.Modified, output);
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        // Word refreshes the REF fields ("paragraph 4") and page counts when it opens the file, so an edit made
        // elsewhere, or a paragraph inserted before a reference, never leaves a stale number.
        new UpdateFieldsOnOpen { Val = true },
        // Space after one paragraph and before the next add up, as in the PDF (LibreOffice otherwise takes the larger).
        new Compatibility(new DoNotUseHTMLParagraphAutoSpacing(), new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-GB" });
}
