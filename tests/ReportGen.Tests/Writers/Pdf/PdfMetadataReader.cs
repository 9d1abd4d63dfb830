using System.Xml.Linq;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>The catalog's XMP packet and its properties, read back with PdfPig and System.Xml.</summary>
internal static class PdfMetadataReader
{
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    public static readonly XNamespace XmpBasic = "http://ns.adobe.com/xap/1.0/";
    public static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";
    public static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    public static readonly XNamespace PdfUAId = "http://www.aiim.org/pdfua/ns/id/";

    public static string Xmp(byte[] pdf)
    {
        using var document = PdfOutput.Open(pdf);
        var catalog = StructureNode.Catalog(document);
        var stream = StructureNode.Resolve<StreamToken>(document, catalog.Data["Metadata"]);
        Assert.False(stream.StreamDictionary.Data.ContainsKey("Filter"), "the metadata stream is left unfiltered, for archive tools");
        return System.Text.Encoding.UTF8.GetString(stream.Data.Span);
    }

    /// <summary>The packet parsed as XML: it must be well-formed for that to succeed.</summary>
    public static XDocument Parse(byte[] pdf)
    {
        var xmp = Xmp(pdf);
        var start = xmp.IndexOf("<x:xmpmeta", StringComparison.Ordinal);
        var end = xmp.IndexOf("</x:xmpmeta>", StringComparison.Ordinal) + "</x:xmpmeta>".Length;
        return XDocument.Parse(xmp[start..end]);
    }

    /// <summary>A simple property's text, or the first rdf:li of an Alt, Seq or Bag.</summary>
    public static string? Property(XDocument xmp, XName name)
    {
        var element = xmp.Descendants(name).SingleOrDefault();
        if (element is null) return null;
        var item = element.Descendants(Rdf + "li").FirstOrDefault();
        return (item ?? element).Value;
    }
}
