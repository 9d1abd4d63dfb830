using ReportGen.Checking.Cos;
using ReportGen.Checking.Document;

namespace ReportGen.Checking.Rules;

/// <summary>Rules on the XMP metadata: present, well-formed, titled, identifying PDF/UA-1 and PDF/A-2, declaring its
/// extension properties, and agreeing with the Info dictionary.</summary>
internal static class MetadataRules
{
    /// <summary>XMP 2005's predefined schemas and PDF/A's own (ISO 19005-2 6.6.2.3.1): no extension schema needed.</summary>
    private static readonly HashSet<string> Predefined =
    [
        XmpPacket.Dc, "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/",
        "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/xmp/1.0/DynamicMedia/",
        "http://ns.adobe.com/pdf/1.3/", "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/camera-raw-settings/1.0/",
        "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/exif/1.0/", "http://ns.adobe.com/exif/1.0/aux/",
        XmpPacket.PdfAId, "http://www.aiim.org/pdfa/ns/extension/", XmpPacket.PdfaSchema, XmpPacket.PdfaProperty,
        "http://www.aiim.org/pdfa/ns/type#", "http://www.aiim.org/pdfa/ns/field#",
    ];

    public static void Run(CheckContext context)
    {
        var file = context.File;
        var metadataRef = context.Catalog["Metadata"];
        var number = CosAccess.RefNumber(metadataRef);
        if (file.Resolve(metadataRef) is not CosStream stream
            || file.GetName(stream.Dictionary, "Type") != "Metadata" || file.GetName(stream.Dictionary, "Subtype") != "XML")
        {
            context.Findings.Add(CheckRules.NoMetadata, "the catalog has no /Metadata stream of /Type /Metadata and /Subtype /XML", objectNumber: number);
            return;
        }
        var data = StreamDecoder.Decode(file, stream).Data;
        var error = "";
        var xmp = data is null ? null : XmpPacket.Parse(data, out error);
        if (xmp is null)
        {
            context.Findings.Add(CheckRules.MetadataNotXml, data is null ? "the metadata stream cannot be decoded" : $"the metadata is not well-formed XML: {error}", objectNumber: number);
            return;
        }

        var title = xmp.Get(XmpPacket.Dc, "title");
        if (string.IsNullOrWhiteSpace(title))
            context.Findings.Add(CheckRules.NoDcTitle, "the XMP metadata has no dc:title", objectNumber: number);
        var infoTitle = file.GetText(file.GetDict(file.Trailer, "Info"), "Title");
        if (!string.IsNullOrWhiteSpace(title) && infoTitle is not null && infoTitle.Trim() != title.Trim())
            context.Findings.Add(CheckRules.TitleMismatch, $"the Info /Title \"{infoTitle}\" differs from the XMP dc:title \"{title}\"",
                objectNumber: CosAccess.RefNumber(file.Trailer["Info"]));

        var ua = xmp.Get(XmpPacket.PdfUaId, "part");
        if (ua?.Trim() != "1")
            context.Findings.Add(CheckRules.NoPdfUaIdentifier, ua is null ? "the XMP metadata has no pdfuaid:part: the file does not claim PDF/UA" : $"pdfuaid:part is '{ua}', not 1", objectNumber: number);
        var part = xmp.Get(XmpPacket.PdfAId, "part");
        var conformance = xmp.Get(XmpPacket.PdfAId, "conformance");
        if (part?.Trim() != "2" || conformance?.Trim() is not ("A" or "B" or "U"))
            context.Findings.Add(CheckRules.NoPdfAIdentifier,
                part is null ? "the XMP metadata has no pdfaid:part: the file does not claim PDF/A"
                             : $"pdfaid:part is '{part}' and pdfaid:conformance '{conformance}', not part 2 with A, B or U", objectNumber: number);

        foreach (var (ns, name) in xmp.Properties.Select(p => (p.Namespace, p.Name)).Distinct().Where(p => !Predefined.Contains(p.Namespace) && !xmp.Declared.Contains(p)))
            context.Findings.Add(CheckRules.UndeclaredXmpProperty,
                $"the XMP property {name} ({ns}) is in no predefined schema and no PDF/A extension schema declares it", objectNumber: number);
    }
}
