using PdfSharp;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Writers.Pdf.Drawing;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Writers.Pdf;

public sealed partial class PdfWriter
{
    private const string ProfileResource = "PdfSharp.Resources.sRGB2014.icc";

    // The Info dictionary, from the same description the XMP packet is written from, so the two agree.
    private static PdfDescription Describe(PdfDocument pdf, DocumentMetadata metadata, string seed)
    {
        var clean = XmpPacket.Storable;
        var description = new PdfDescription(clean(metadata.Title), clean(metadata.Author), clean(metadata.Subject), clean(string.Join("; ", metadata.Keywords)),
            clean(metadata.Generator), $"{PdfSharpProductVersionInformation.Title} {PdfSharpProductVersionInformation.Version}",
            metadata.Date, metadata.Modified, clean(metadata.Language), clean(metadata.Version), metadata.Status,
            PdfDeterminism.Uuid(seed), PdfDeterminism.Uuid(seed + "/" + metadata.Version));
        pdf.Info.Title = description.Title;
        pdf.Info.Author = description.Author;
        pdf.Info.Subject = description.Subject;
        pdf.Info.Keywords = description.Keywords;
        pdf.Info.Creator = description.Creator;
        pdf.Info.Elements.SetString("/Producer", description.Producer);
        pdf.Info.CreationDate = description.Created.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.ModificationDate = description.Modified.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.Elements.SetString("/Version", description.Version);
        pdf.Info.Elements.SetString("/Status", description.Status);
        pdf.PageMode = PdfPageMode.UseOutlines;
        // No page transparency group: nothing is transparent, and PDF/A is simpler without one.
        pdf.Options.ColorMode = PdfColorMode.Undefined;
        // Saved uncompressed: PdfFinisher compresses every stream once, completely (PDFsharp's Flate streams lack the
        // Adler-32 checksum, so compressing here meant deflating each stream, inflating it and deflating it again).
        pdf.Options.CompressContentStreams = false;
        pdf.Options.NoCompression = true;
        pdf.Internals.FirstDocumentID = PdfDeterminism.DocumentId(seed);
        pdf.Internals.SecondDocumentID = PdfDeterminism.DocumentId(seed + "/" + metadata.Version);
        return description;
    }

    // PDFsharp writes each font's descent as a positive number; below the baseline is negative (ISO 32000-1 §9.8.1).
    private static void FixFontDescriptors(PdfDocument pdf)
    {
        foreach (var descriptor in pdf.Internals.GetAllObjects().OfType<PdfFontDescriptor>())
            descriptor.Elements.SetInteger("/Descent", -Math.Abs(descriptor.Elements.GetInteger("/Descent")));
    }

    /// <summary>
    /// PDF/A-2a and PDF/UA-1 are claimed together, and only when this file meets them: the sRGB output intent
    /// is embedded (the page colours are DeviceRGB), and no character is drawn as a missing glyph (.notdef is
    /// forbidden by ISO 19005-2 §6.2.11.8 and ISO 14289-1 §7.21.8). Otherwise the XMP claims neither, and RG0608 says why.
    /// </summary>
    private static Conformance Claims(PdfDocument pdf, TextLayout text, DiagnosticBag diagnostics)
    {
        var reasons = new List<string>();
        if (text.Missing.Count > 0)
            reasons.Add($"{text.Missing.Count} character(s) are in none of the theme's fonts and are drawn as missing glyphs");
        if (!AddOutputIntent(pdf))
            reasons.Add($"the sRGB colour profile ({ProfileResource}) was not found in PDFsharp, so no output intent could be embedded");
        if (reasons.Count == 0) return new Conformance(PdfA2: true, PdfUA1: true);
        diagnostics.Warning(ClaimWithheldCode, new SourceLocation("pdf"),
            $"the PDF does not claim PDF/A-2{Conformance.PdfALevel.ToLowerInvariant()} or PDF/UA-1: {string.Join("; ", reasons)}.");
        return new Conformance(PdfA2: false, PdfUA1: false);
    }

    // The output intent that makes DeviceRGB device-independent (ISO 19005-2 §6.2.4.3): PDFsharp's sRGB profile.
    private static bool AddOutputIntent(PdfDocument pdf)
    {
        using var profile = typeof(PdfDocument).Assembly.GetManifestResourceStream(ProfileResource);
        if (profile is null) return false;
        var bytes = new byte[profile.Length];
        profile.ReadExactly(bytes);
        var stream = new PdfDictionary(pdf);
        pdf.Internals.AddObject(stream);
        stream.CreateStream(bytes);
        stream.Elements.SetInteger("/N", 3);
        var intent = new PdfDictionary(pdf);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1");
        intent.Elements.SetReference("/DestOutputProfile", stream);
        var intents = new PdfArray(pdf);
        intents.Elements.Add(intent);
        pdf.Internals.Catalog.Elements["/OutputIntents"] = intents;
        return true;
    }
}
