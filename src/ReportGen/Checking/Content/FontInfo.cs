using System.Text;
using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>
/// What the checker knows of one font dictionary (ISO 32000-1 §9.5–§9.10): how its strings split into codes, how codes
/// map to Unicode, whether its program is embedded, and which codes the content used without a mapping.
/// </summary>
internal sealed class FontInfo
{
    private static readonly HashSet<string> CjkCollections = ["GB1", "CNS1", "Japan1", "Korea1"];

    public FontInfo(CosFile file, CosDict font, int? objectNumber, string resourceName)
    {
        ObjectNumber = objectNumber;
        Name = file.GetName(font, "BaseFont") ?? resourceName;
        Subtype = file.GetName(font, "Subtype") ?? "";
        var descendant = Subtype == "Type0" ? CosAccess.AsDict(file.Resolve(file.GetArray(font, "DescendantFonts") is { Count: > 0 } d ? d[0] : null)) : null;
        var descriptorRef = (descendant ?? font)["FontDescriptor"];
        Descriptor = CosAccess.AsDict(file.Resolve(descriptorRef));
        DescriptorObjectNumber = CosAccess.RefNumber(descriptorRef);
        Embedded = Subtype == "Type3" || (Descriptor is not null && (Descriptor.Has("FontFile") || Descriptor.Has("FontFile2") || Descriptor.Has("FontFile3")));
        if (file.GetStream(font, "ToUnicode") is { } toUnicode && StreamDecoder.Decode(file, toUnicode).Data is { } data)
            ToUnicode = CMap.Parse(data, file.Budget);
        if (Subtype == "Type0")
        {
            Encoding = file.Get(font, "Encoding") is CosStream encoding && StreamDecoder.Decode(file, encoding).Data is { } cmap ? CMap.Parse(cmap, file.Budget) : null;
            var encodingName = file.GetName(font, "Encoding") ?? "";
            var ordering = file.GetText(file.GetDict(descendant, "CIDSystemInfo"), "Ordering") ?? "";
            // ISO 14289-1 7.21.7: a predefined CMap over a CJK collection maps to Unicode without a ToUnicode.
            HasImplicitUnicode = encodingName is not ("" or "Identity-H" or "Identity-V") && CjkCollections.Contains(ordering);
        }
        else
        {
            var flags = (int)(file.GetNumber(Descriptor, "Flags") ?? 0);
            var symbolic = (flags & 4) != 0 && (flags & 32) == 0;
            // Simple fonts with a standard encoding (or non-symbolic TrueType) map through their glyph names (7.21.7).
            HasImplicitUnicode = !(Subtype == "TrueType" && symbolic) && Subtype is not "Type3";
            if (Subtype == "Type3" && file.Get(font, "Encoding") is CosDict) HasImplicitUnicode = true;
        }
    }

    public int? ObjectNumber { get; }

    public string Name { get; }

    public string Subtype { get; }

    public CosDict? Descriptor { get; }

    public int? DescriptorObjectNumber { get; }

    public bool Embedded { get; }

    public CMap? ToUnicode { get; }

    /// <summary>An embedded CMap for a composite font's encoding, when it is a stream.</summary>
    public CMap? Encoding { get; }

    /// <summary>True when the font maps to Unicode without a ToUnicode (a standard encoding, a CJK CMap).</summary>
    public bool HasImplicitUnicode { get; }

    /// <summary>True once text in this font was drawn in a rendering mode other than 3 (invisible).</summary>
    public bool RenderedVisibly { get; set; }

    /// <summary>Codes used that have no Unicode mapping, and codes that map to U+0000, U+FEFF or U+FFFE.</summary>
    public SortedSet<string> UnmappedCodes { get; } = [];

    public SortedSet<string> BadValues { get; } = [];

    /// <summary>Splits a string into codes and maps each to text: U+FFFD for a code with no mapping.</summary>
    public string Decode(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var length = CodeLength(bytes.AsSpan(i));
            var code = CMap.ToCode(bytes.AsSpan(i, length));
            var hex = Convert.ToHexString(bytes, i, length);
            i += length;
            var unicode = ToUnicode?.Lookup(code, length);
            if (string.IsNullOrEmpty(unicode))
            {
                if (!HasImplicitUnicode) UnmappedCodes.Add(hex);
                text.Append(HasImplicitUnicode && length == 1 ? Latin1(code) : '\uFFFD');
                continue;
            }
            if (unicode.Contains('\0') || unicode.Contains('\uFEFF') || unicode.Contains('\uFFFE')) BadValues.Add(hex);
            text.Append(unicode);
        }
        return text.ToString();
    }

    private int CodeLength(ReadOnlySpan<byte> bytes)
    {
        if (Subtype != "Type0") return 1;
        var length = Encoding?.CodeLength(bytes) ?? 0;
        if (length == 0 && Encoding is null) length = ToUnicode is { HasCodeSpace: true } map ? map.CodeLength(bytes) : 0;
        return Math.Clamp(length == 0 ? 2 : length, 1, bytes.Length);
    }

    /// <summary>Standard encodings agree with Latin-1 on letters, digits, space and hyphen, which is what the word-space
    /// check looks at; other characters only need to be "something".</summary>
    private static char Latin1(uint code) => code is >= 32 and < 127 or >= 160 and <= 255 ? (char)code : '\uFFFD';
}
