using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Link annotations written as plain dictionaries, so that each carries exactly what PDF/A-2 and PDF/UA-1 ask:
/// the Print flag and no other (ISO 19005-2 §6.3.2), a description in /Contents (ISO 14289-1 §7.18.5), no
/// border, and for a link inside the paper a destination with the target's position (/XYZ left top), which
/// is filled in once every page exists.
/// </summary>
internal sealed class LinkAnnotations(PdfDocument document)
{
    private const int PrintFlag = 4;
    private readonly List<(PdfArray Destination, int Page, double Left, double Top)> pending = [];

    public PdfDictionary Web(PdfPage page, PdfRectangle area, string url, string text)
    {
        var annotation = Create(page, area, XmpPacket.Storable($"Link to {url}" + (string.IsNullOrWhiteSpace(text) ? "" : $": {text.Trim()}")));
        var action = new PdfDictionary(document);
        action.Elements.SetName("/S", "/URI");
        // A URI action's string is 7-bit ASCII (ISO 32000-1 §12.6.4.7): anything else is percent-encoded UTF-8.
        action.Elements["/URI"] = new PdfString(AsciiUri(url));
        annotation.Elements["/A"] = action;
        return annotation;
    }

    public PdfDictionary Internal(PdfPage page, PdfRectangle area, int paragraph, int targetPage, double left, double top)
    {
        var annotation = Create(page, area, $"Link to paragraph {paragraph}");
        var destination = new PdfArray(document);
        annotation.Elements["/Dest"] = destination;
        pending.Add((destination, targetPage, left, top));
        return annotation;
    }

    /// <summary>Fills in the destinations, once every page has been added.</summary>
    public void Resolve()
    {
        foreach (var (destination, page, left, top) in pending)
        {
            destination.Elements.Add(document.Pages[page - 1].Reference!);
            destination.Elements.Add(new PdfName("/XYZ"));
            destination.Elements.Add(new PdfReal(Math.Round(left, 2)));
            destination.Elements.Add(new PdfReal(Math.Round(top, 2)));
            destination.Elements.Add(PdfNull.Value);
        }
    }

    private PdfDictionary Create(PdfPage page, PdfRectangle area, string contents)
    {
        var annotation = new PdfDictionary(document);
        document.Internals.AddObject(annotation);
        annotation.Elements.SetName("/Type", "/Annot");
        annotation.Elements.SetName("/Subtype", "/Link");
        annotation.Elements["/Rect"] = area;
        annotation.Elements.SetInteger("/F", PrintFlag);
        var border = new PdfArray(document);
        border.Elements.Add(new PdfInteger(0));
        border.Elements.Add(new PdfInteger(0));
        border.Elements.Add(new PdfInteger(0));
        annotation.Elements["/Border"] = border;
        annotation.Elements.SetString("/Contents", contents);
        if (page.Elements["/Annots"] is not PdfArray annotations)
            page.Elements["/Annots"] = annotations = new PdfArray(document);
        annotations.Elements.Add(annotation.Reference!);
        return annotation;
    }

    private static string AsciiUri(string url)
    {
        var builder = new StringBuilder(url.Length);
        foreach (var b in Encoding.UTF8.GetBytes(url))
            builder.Append(b is > 0x20 and < 0x7F ? ((char)b).ToString() : $"%{b:X2}");
        return builder.ToString();
    }
}
