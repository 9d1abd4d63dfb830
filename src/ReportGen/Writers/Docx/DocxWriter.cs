using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Theming;
using Document = ReportGen.Documents.Document;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The Word document officers keep editing: named styles, live paragraph numbering, real tables with
/// repeating header rows, REF fields for cross-references, a PAGE / NUMPAGES footer, A4 from the theme.
/// Part ids, dates and zip entries are fixed, so the same document always gives the same bytes.
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
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            word.ChangeIdOfPart(main, "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Create(theme);
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = DocxNumbering.Create(theme);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            footer.Footer = DocxHeaderFooter.Footer(document.Metadata, theme);
            var header = document.Metadata.IsDraft ? main.AddNewPart<HeaderPart>("rIdHeader") : null;
            if (header is not null) header.Header = DocxHeaderFooter.DraftHeader(theme);

            var body = new DocxBody(main, theme);
            body.WriteBlocks(document.Blocks);
            body.Append(DocxHeaderFooter.Section(theme, "rIdFooter", header is null ? null : "rIdHeader"));
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body.Element);

            DocxProperties.Write(word, document.Metadata);
        }
        DocxPackage.Normalise(package.ToArray(), document.Metadata.Date, output);
    }

    private static Settings Settings() => new(
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-GB" });
}
