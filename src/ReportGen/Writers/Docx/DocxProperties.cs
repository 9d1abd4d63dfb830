using System.Globalization;
using ReportGen.Documents;

namespace ReportGen.Writers.Docx;

/// <summary>
/// Core and extended properties: title, subject, author, keywords, language, version, status, and dates
/// from the document — never the clock. Written as parts of our own because the packaging API's properties
/// add a randomly named part.
/// </summary>
internal static class DocxProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Adds both parts; <paramref name="systemXml"/> writes app.xml as the Open XML SDK did (the workbook's).</summary>
    public static void Add(DocxPackage package, DocumentMetadata metadata, bool systemXml = false)
    {
        package.Add("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", Core(metadata));
        var app = new WordXml(systemXml).Raw(systemXml ? WordXml.PlainDeclaration : WordXml.Declaration)
            .Start("ap:Properties").Attr("xmlns:ap", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
            .Element("ap:Application", metadata.Generator)
            .Element("ap:Company", metadata.Author)
            .End();
        package.Add("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", app);
    }

    private static WordXml Core(DocumentMetadata metadata)
    {
        static string W3c(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
        // The declaration System.Xml wrote, so the workbook's core.xml stays as it was.
        var xml = new WordXml().Raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .Start("cp:coreProperties").Attr("xmlns:dc", Dc).Attr("xmlns:dcterms", DcTerms).Attr("xmlns:xsi", Xsi).Attr("xmlns:cp", Cp)
            .Element("dc:title", metadata.Title)
            .Element("dc:subject", metadata.Subject)
            .Element("dc:creator", metadata.Author)
            .Element("cp:keywords", string.Join("; ", metadata.Keywords))
            .Element("dc:language", metadata.Language)
            .Element("cp:lastModifiedBy", metadata.Generator)
            .Element("cp:version", metadata.Version)
            .Element("cp:contentStatus", metadata.Status)
            .Element("cp:category", metadata.Classification);
        // Created is the paper's date; modified, the latest amendment's — never the clock.
        xml.Start("dcterms:created").Attr("xsi:type", "dcterms:W3CDTF").Text(W3c(metadata.Date)).End();
        xml.Start("dcterms:modified").Attr("xsi:type", "dcterms:W3CDTF").Text(W3c(metadata.Modified)).End();
        return xml.End();
    }
}
