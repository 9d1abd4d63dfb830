using ReportGen.Checking.Content;
using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Rules;

/// <summary>Rules on the fonts the content used: embedded, mapped to Unicode, and with sane font descriptors.</summary>
internal static class FontRules
{
    private static readonly string[] RequiredMetrics = ["Flags", "ItalicAngle", "Ascent", "Descent", "CapHeight", "StemV"];

    public static void Run(CheckContext context)
    {
        var descriptorsSeen = new HashSet<int>();
        foreach (var font in context.Fonts.All)
        {
            void Report(CheckRule rule, string message) => context.Findings.Add(rule, message, objectNumber: font.ObjectNumber);
            if (font.RenderedVisibly && !font.Embedded)
                Report(CheckRules.FontNotEmbedded, $"the font {font.Name} (/{font.Subtype}) draws text but its program is not embedded");
            if (!font.HasImplicitUnicode && font.ToUnicode is null)
                Report(CheckRules.FontWithoutUnicode, $"the font {font.Name} (/{font.Subtype}) has no /ToUnicode and no standard encoding to map its codes to Unicode");
            else if (font.UnmappedCodes.Count > 0)
                Report(CheckRules.GlyphWithoutUnicode, $"{font.UnmappedCodes.Count} character code(s) shown in {font.Name} map to no Unicode: {Sample(font.UnmappedCodes)}");
            if (font.BadValues.Count > 0)
                Report(CheckRules.BadUnicodeValue, $"{font.BadValues.Count} code(s) in {font.Name} map to U+0000, U+FEFF or U+FFFE: {Sample(font.BadValues)}");
            if (font.Subtype != "Type3" && (font.DescriptorObjectNumber is not { } d || descriptorsSeen.Add(d)))
                Descriptor(context, font);
        }
    }

    /// <summary>ISO 32000-1 Table 122: the required entries, Ascent above and Descent below the baseline.</summary>
    private static void Descriptor(CheckContext context, FontInfo font)
    {
        var number = font.DescriptorObjectNumber ?? font.ObjectNumber;
        if (font.Descriptor is not { } descriptor)
        {
            if (font.Embedded) context.Findings.Add(CheckRules.FontDescriptorMetrics, $"the font {font.Name} has no /FontDescriptor", objectNumber: number);
            return;
        }
        // CapHeight is required only of fonts with Latin characters; a symbolic font (Flags bit 3) may leave it out.
        var symbolic = ((int)(context.File.GetNumber(descriptor, "Flags") ?? 0) & 4) != 0;
        var missing = RequiredMetrics.Where(key => !(key == "CapHeight" && symbolic) && context.File.Resolve(descriptor[key]) is not CosNumber).ToList();
        if (context.File.GetArray(descriptor, "FontBBox") is not { Count: 4 }) missing.Add("FontBBox");
        if (missing.Count > 0)
            context.Findings.Add(CheckRules.FontDescriptorMetrics, $"the font descriptor of {font.Name} lacks the required {string.Join(", ", missing.Select(m => "/" + m))}", objectNumber: number);
        if (context.File.GetNumber(descriptor, "Descent") is > 0 and var descent)
            context.Findings.Add(CheckRules.FontDescriptorMetrics, $"the font descriptor of {font.Name} has /Descent {descent}: it is below the baseline, so it must be 0 or negative", objectNumber: number);
        if (context.File.GetNumber(descriptor, "Ascent") is < 0 and var ascent)
            context.Findings.Add(CheckRules.FontDescriptorMetrics, $"the font descriptor of {font.Name} has /Ascent {ascent}: it must not be negative", objectNumber: number);
    }

    private static string Sample(IEnumerable<string> codes) =>
        string.Join(" ", codes.Take(8).Select(c => $"<{c}>")) + (codes.Count() > 8 ? " …" : "");
}
