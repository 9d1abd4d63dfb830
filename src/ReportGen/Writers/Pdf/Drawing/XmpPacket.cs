using System.Globalization;
using System.Security;
using System.Text;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>What the Info dictionary and the XMP packet both record: one source, so they always agree.</summary>
internal sealed record PdfDescription(string Title, string Author, string Subject, string Keywords, string Creator, string Producer,
    DateOnly Created, DateOnly Modified, string Language, string Version, string Status, string DocumentId, string InstanceId);

/// <summary>What the file claims to conform to; only claimed when the writer has made it true of this file.</summary>
internal sealed record Conformance(bool PdfA2, bool PdfUA1)
{
    /// <summary>The PDF/A conformance level claimed with part 2: A (accessible: tagged, Unicode, word breaks).</summary>
    public const string PdfALevel = "A";
}

/// <summary>
/// The document's XMP metadata packet, written by us rather than PDFsharp (which does not escape XML, dates a
/// modification at creation, and uses random ids): Dublin Core title, creator, description and language; PDF
/// keywords and producer; XMP dates and creator tool; media-management ids and version; the PDF/A and PDF/UA
/// identification; and a PDF/A extension schema describing every property that is not predefined
/// (ISO 19005-2 §6.6.2.3): pdfuaid's part, and the paper's status in ReportGen's own namespace.
/// </summary>
internal static class XmpPacket
{
    /// <summary>ReportGen's XMP namespace for the paper's own properties (a name, not a web address to visit).</summary>
    public const string PaperNamespace = "https://ns.reportgen.invalid/paper/1.0/";

    public static byte[] Write(PdfDescription d, Conformance claims)
    {
        var x = new StringBuilder();
        x.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        Description(x, "dc=\"http://purl.org/dc/elements/1.1/\"",
            $"<dc:format>application/pdf</dc:format>\n" +
            $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(d.Title)}</rdf:li></rdf:Alt></dc:title>\n" +
            $"<dc:creator><rdf:Seq><rdf:li>{E(d.Author)}</rdf:li></rdf:Seq></dc:creator>\n" +
            $"<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{E(d.Subject)}</rdf:li></rdf:Alt></dc:description>\n" +
            $"<dc:language><rdf:Bag><rdf:li>{E(d.Language)}</rdf:li></rdf:Bag></dc:language>");
        Description(x, "pdf=\"http://ns.adobe.com/pdf/1.3/\"",
            $"<pdf:Keywords>{E(d.Keywords)}</pdf:Keywords>\n<pdf:Producer>{E(d.Producer)}</pdf:Producer>");
        Description(x, "xmp=\"http://ns.adobe.com/xap/1.0/\"",
            $"<xmp:CreatorTool>{E(d.Creator)}</xmp:CreatorTool>\n<xmp:CreateDate>{Date(d.Created)}</xmp:CreateDate>\n" +
            $"<xmp:ModifyDate>{Date(d.Modified)}</xmp:ModifyDate>\n<xmp:MetadataDate>{Date(d.Modified)}</xmp:MetadataDate>");
        Description(x, "xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"",
            $"<xmpMM:DocumentID>uuid:{d.DocumentId}</xmpMM:DocumentID>\n<xmpMM:InstanceID>uuid:{d.InstanceId}</xmpMM:InstanceID>\n" +
            $"<xmpMM:VersionID>{E(d.Version)}</xmpMM:VersionID>");
        Description(x, $"rgpaper=\"{PaperNamespace}\"", $"<rgpaper:Status>{E(d.Status)}</rgpaper:Status>");
        if (claims.PdfA2)
            Description(x, "pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
                $"<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>{Conformance.PdfALevel}</pdfaid:conformance>");
        if (claims.PdfUA1)
            Description(x, "pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        ExtensionSchemas(x, claims.PdfUA1);
        x.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return Encoding.UTF8.GetBytes(x.ToString());
    }

    private static void Description(StringBuilder x, string namespaceDeclaration, string body) =>
        x.Append($"<rdf:Description rdf:about=\"\" xmlns:{namespaceDeclaration}>\n{body}\n</rdf:Description>\n");

    // PDF/A requires every property outside the predefined schemas to be described in the file itself.
    private static void ExtensionSchemas(StringBuilder x, bool withPdfUA)
    {
        // Category: "external" for what the paper's author decides, "internal" for what software records.
        static string Schema(string name, string uri, string prefix, string property, string type, string category, string description) =>
            "<rdf:li rdf:parseType=\"Resource\">\n" +
            $"<pdfaSchema:schema>{name}</pdfaSchema:schema>\n<pdfaSchema:namespaceURI>{uri}</pdfaSchema:namespaceURI>\n" +
            $"<pdfaSchema:prefix>{prefix}</pdfaSchema:prefix>\n<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n" +
            $"<pdfaProperty:name>{property}</pdfaProperty:name>\n<pdfaProperty:valueType>{type}</pdfaProperty:valueType>\n" +
            $"<pdfaProperty:category>{category}</pdfaProperty:category>\n<pdfaProperty:description>{description}</pdfaProperty:description>\n" +
            "</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li>\n";
        var schemas = Schema("ReportGen paper", PaperNamespace, "rgpaper", "Status", "Text", "external", "The paper's status: Draft or Final");
        if (withPdfUA)
            schemas += Schema("PDF/UA identification", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "part", "Integer", "internal", "The part of ISO 14289 the file conforms to");
        Description(x, "pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"",
            $"<pdfaExtension:schemas><rdf:Bag>\n{schemas}</rdf:Bag></pdfaExtension:schemas>");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+00:00";

    /// <summary>
    /// A metadata text that both the Info dictionary and XMP can carry: each character XML 1.0 cannot hold
    /// (controls, non-characters, half of a surrogate pair) becomes U+FFFD, so the two still agree.
    /// </summary>
    public static string Storable(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { builder.Append(c).Append(text[++i]); continue; }
            var allowed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
            builder.Append(allowed ? c : '\uFFFD');
        }
        return builder.ToString();
    }

    private static string E(string text) => SecurityElement.Escape(Storable(text));
}
