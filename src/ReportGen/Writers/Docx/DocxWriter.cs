using ReportGen.Diagnostics;
using ReportGen.Theming;
using Document = ReportGen.Documents.Document;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The Word document officers keep editing: every look a named style, live paragraph numbering, real tables with
/// repeating header rows, REF fields for cross-references (refreshed when Word opens the file), a PAGE / NUMPAGES
/// footer with the version note, a header with the page marks, A4 from the theme. Part ids, dates and zip entries
/// are fixed, so the same document always gives the same bytes; text XML cannot carry is replaced and reported.
/// Each part's WordprocessingML is written directly (see <see cref="WordXml"/>): the Open XML SDK's object model
/// cost more to load than the paper costs to write.
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
        var marks = DocxHeaderFooter.Marks(metadata);
        var hasHeader = marks.Count > 0;

        var body = new DocxBody(theme, styles, text, diagnostics);
        body.WriteBlocks(document.Blocks);
        body.Finish(xml => DocxHeaderFooter.Section(xml, theme, "rIdFooter", hasHeader ? "rIdHeader" : null));

        // The content types list the parts in the order the SDK added them; the zip holds them in name order.
        var package = new DocxPackage();
        package.Add("word/document.xml", body.WriteTo);
        package.Add("word/numbering.xml", DocxPackage.WordType("numbering+xml"), DocxNumbering.Create(theme));
        package.Add("word/settings.xml", DocxPackage.WordType("settings+xml"), Settings());
        package.Add("word/footer1.xml", DocxPackage.WordType("footer+xml"), DocxHeaderFooter.Footer(metadata, theme));
        if (hasHeader) package.Add("word/header1.xml", DocxPackage.WordType("header+xml"), DocxHeaderFooter.Header(marks));
        // After the body's walk, which asks for the style variants it needs.
        package.Add("word/styles.xml", DocxPackage.WordType("styles+xml"), styles.Part());
        DocxProperties.Add(package, metadata);
        List<DocxPackage.Relationship> relationships =
        [
            new("rIdNumbering", "numbering", "numbering.xml"),
            new("rIdSettings", "settings", "settings.xml"),
            new("rIdFooter", "footer", "footer1.xml"),
        ];
        if (hasHeader) relationships.Add(new("rIdHeader", "header", "header1.xml"));
        relationships.AddRange(body.Hyperlinks);
        relationships.Add(new("rIdStyles", "styles", "styles.xml"));
        package.Add("word/_rels/document.xml.rels", DocxPackage.Rels(relationships));
        package.Add("_rels/.rels", DocxPackage.Rels(
        [
            new("rIdDocument", "officeDocument", "word/document.xml"),
            new("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            new("rIdApp", "extended-properties", "docProps/app.xml"),
        ]));
        package.Save(output, metadata.Modified);
    }

    private static WordXml Settings()
    {
        var xml = WordXml.Part("w:settings");
        xml.Val("w:defaultTabStop", 720).Val("w:characterSpacingControl", "doNotCompress");
        // Word refreshes the REF fields ("paragraph 4") and page counts when it opens the file, so an edit made
        // elsewhere, or a paragraph inserted before a reference, never leaves a stale number.
        xml.Val("w:updateFields", "true");
        // Space after one paragraph and before the next add up, as in the PDF (LibreOffice otherwise takes the larger).
        xml.Start("w:compat").Empty("w:doNotUseHTMLParagraphAutoSpacing")
            .Start("w:compatSetting").Attr("w:name", "compatibilityMode").Attr("w:uri", "http://schemas.microsoft.com/office/word").Attr("w:val", "15").End()
            .End();
        xml.Val("w:themeFontLang", "en-GB");
        return xml.End();
    }
}
