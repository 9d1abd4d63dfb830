using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
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

    public static void Write(WordprocessingDocument word, DocumentMetadata metadata)
    {
        var core = word.AddCoreFilePropertiesPart();
        word.ChangeIdOfPart(core, "rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
            stream.Write(Encoding.UTF8.GetBytes(CoreXml(metadata)));

        var extended = word.AddExtendedFilePropertiesPart();
        word.ChangeIdOfPart(extended, "rIdApp");
        extended.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
            new DocumentFormat.OpenXml.ExtendedProperties.Application(metadata.Generator),
            new DocumentFormat.OpenXml.ExtendedProperties.Company(metadata.Author));
    }

    internal static string CoreXml(DocumentMetadata metadata)
    {
        static string W3c(DateOnly date) => date.ToString("yyyy-MM-dd'T00:00:00Z'", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            xml.WriteStartElement("cp", "coreProperties", Cp);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
            xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
            xml.WriteElementString("dc", "title", Dc, metadata.Title);
            xml.WriteElementString("dc", "subject", Dc, metadata.Subject);
            xml.WriteElementString("dc", "creator", Dc, metadata.Author);
            xml.WriteElementString("cp", "keywords", Cp, string.Join("; ", metadata.Keywords));
            xml.WriteElementString("dc", "language", Dc, metadata.Language);
            xml.WriteElementString("cp", "lastModifiedBy", Cp, metadata.Generator);
            xml.WriteElementString("cp", "version", Cp, metadata.Version);
            xml.WriteElementString("cp", "contentStatus", Cp, metadata.Status);
            xml.WriteElementString("cp", "category", Cp, metadata.Classification);
            // Created is the paper's date; modified, the latest amendment's — never the clock.
            foreach (var (name, date) in new[] { ("created", metadata.Date), ("modified", metadata.Modified) })
            {
                xml.WriteStartElement("dcterms", name, DcTerms);
                xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
                xml.WriteString(W3c(date));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal);
    }
}
