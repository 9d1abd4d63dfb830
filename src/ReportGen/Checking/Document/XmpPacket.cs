using System.Xml;
using System.Xml.Linq;

namespace ReportGen.Checking.Document;

/// <summary>
/// The document's XMP metadata, read just far enough for the checks: the top-level properties of every rdf:Description
/// (as elements or as attributes), dc:title, and the properties PDF/A extension schemas declare.
/// </summary>
internal sealed class XmpPacket
{
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    public const string PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    public const string PdfaSchema = "http://www.aiim.org/pdfa/ns/schema#";
    public const string PdfaProperty = "http://www.aiim.org/pdfa/ns/property#";

    private XmpPacket(XDocument document)
    {
        // Only descriptions directly under rdf:RDF hold document properties; nested ones (inside an extension schema's
        // rdf:li, say) describe structured values.
        foreach (var description in document.Descendants(XName.Get("RDF", Rdf)).Elements(XName.Get("Description", Rdf)))
        {
            foreach (var attribute in description.Attributes())
                if (!attribute.IsNamespaceDeclaration && attribute.Name.NamespaceName is not ("" or Rdf) && attribute.Name.NamespaceName != XNamespace.Xml.NamespaceName)
                    Properties.Add((attribute.Name.NamespaceName, attribute.Name.LocalName, attribute.Value));
            foreach (var element in description.Elements())
                Properties.Add((element.Name.NamespaceName, element.Name.LocalName, ValueOf(element)));
        }
        foreach (var uri in document.Descendants().Where(e => e.Name == XName.Get("namespaceURI", PdfaSchema)))
            foreach (var name in uri.Parent!.Descendants(XName.Get("name", PdfaProperty)))
                Declared.Add((uri.Value.Trim(), name.Value.Trim()));
    }

    /// <summary>Top-level properties: namespace, name, and the value (for an rdf:Alt, its x-default item).</summary>
    public List<(string Namespace, string Name, string Value)> Properties { get; } = [];

    /// <summary>Properties declared by PDF/A extension schemas: namespace URI and name.</summary>
    public HashSet<(string Namespace, string Name)> Declared { get; } = [];

    public string? Get(string ns, string name) => Properties.FirstOrDefault(p => p.Namespace == ns && p.Name == name).Value;

    /// <summary>Parses the packet; null with the parser's message when it is not well-formed XML.</summary>
    public static XmpPacket? Parse(byte[] data, out string error)
    {
        error = "";
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 16 * 1024 * 1024,
            IgnoreWhitespace = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), settings);
            return new XmpPacket(XDocument.Load(reader));
        }
        catch (XmlException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static string ValueOf(XElement property)
    {
        var items = property.Descendants(XName.Get("li", Rdf)).ToList();
        if (items.Count == 0) return property.Value;
        var preferred = items.FirstOrDefault(li => (string?)li.Attribute(XNamespace.Xml + "lang") == "x-default") ?? items[0];
        return preferred.Value;
    }
}
