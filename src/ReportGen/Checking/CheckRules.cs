using ReportGen.Diagnostics;

namespace ReportGen.Checking;

/// <summary>
/// Every rule <c>reportgen check</c> verifies, with its clause: ISO 14289-1 (PDF/UA-1) clause numbers as veraPDF's
/// PDF/UA-1 profile numbers them, with the Matterhorn Protocol 1.1 failure condition; ISO 19005-2 (PDF/A-2) clauses; and
/// ISO 32000-1 where the base standard itself is what is broken. The README lists them from here.
/// </summary>
public static class CheckRules
{
    private static CheckRule Error(string clause, string? matterhorn, string requirement) => new(clause, matterhorn, Severity.Error, requirement);

    /// <summary>RG0800: the file does not exist or cannot be read (exit 3).</summary>
    public static readonly CheckRule FileMissing = Error("RG0800", null, "the file exists and can be read");
    /// <summary>RG0801: over the size limit.</summary>
    public static readonly CheckRule FileTooLarge = Error("RG0801", null, "the file is at most 10 MB");
    /// <summary>RG0802: not a PDF at all.</summary>
    public static readonly CheckRule NotPdf = Error("RG0802", null, "the file is a PDF: '%PDF-' in its first 1,024 bytes");
    /// <summary>RG0803: no catalog to check.</summary>
    public static readonly CheckRule NoCatalog = Error("RG0803", null, "a document catalog can be found, if need be by scanning");
    /// <summary>RG0804: the work budget ran out.</summary>
    public static readonly CheckRule LimitReached = Error("RG0804", null, "the file can be checked within the checker's work limits");

    /// <summary>PDF/A-2 6.1.2: the header.</summary>
    public static readonly CheckRule Header = Error("PDF/A-2 6.1.2", null, "'%PDF-1.n' (n 0–7) at byte 0, then a comment of four bytes above 127");
    /// <summary>PDF/A-2 6.1.3: no encryption.</summary>
    public static readonly CheckRule Encrypted = Error("PDF/A-2 6.1.3", null, "the file is not encrypted (and so can be checked)");
    /// <summary>ISO 32000-1 7.5.4: cross-reference data.</summary>
    public static readonly CheckRule CrossReference = Error("ISO 32000-1 7.5.4", null, "the cross-reference data gives every object's offset");
    /// <summary>ISO 32000-1 7.3: object syntax.</summary>
    public static readonly CheckRule MalformedObject = Error("ISO 32000-1 7.3", null, "every object can be parsed");
    /// <summary>PDF/A-2 6.1.7.1: stream Length.</summary>
    public static readonly CheckRule StreamLength = Error("PDF/A-2 6.1.7.1", null, "a stream's /Length is the length of its data");
    /// <summary>ISO 32000-1 7.4.4: Flate data complete.</summary>
    public static readonly CheckRule FlateIncomplete = Error("ISO 32000-1 7.4.4", null, "Flate data is a whole zlib stream: a final deflate block and its Adler-32 checksum");
    /// <summary>ISO 32000-1 7.4: other filters decode to their end.</summary>
    public static readonly CheckRule StreamNotDecodable = Error("ISO 32000-1 7.4", null, "every other filter decodes to its end-of-data marker");
    /// <summary>PDF/A-2 6.1.7.2: LZW and Crypt.</summary>
    public static readonly CheckRule ForbiddenFilter = Error("PDF/A-2 6.1.7.2", null, "no LZWDecode or Crypt filter");

    /// <summary>PDF/UA-1 6.2: MarkInfo.</summary>
    public static readonly CheckRule NotMarked = Error("PDF/UA-1 6.2", null, "the catalog's /MarkInfo has /Marked true");
    /// <summary>PDF/UA-1 7.1, 01-007: Suspects.</summary>
    public static readonly CheckRule Suspects = Error("PDF/UA-1 7.1", "01-007", "/MarkInfo /Suspects is not true");
    /// <summary>PDF/UA-1 7.1: a structure tree.</summary>
    public static readonly CheckRule NoStructureTree = Error("PDF/UA-1 7.1", null, "the catalog has a /StructTreeRoot");
    /// <summary>PDF/UA-1 7.1, 07-001.</summary>
    public static readonly CheckRule DisplayDocTitleMissing = Error("PDF/UA-1 7.1", "07-001", "/ViewerPreferences has /DisplayDocTitle");
    /// <summary>PDF/UA-1 7.1, 07-002.</summary>
    public static readonly CheckRule DisplayDocTitleFalse = Error("PDF/UA-1 7.1", "07-002", "/DisplayDocTitle is true");
    /// <summary>PDF/UA-1 7.2, 11-001: Lang.</summary>
    public static readonly CheckRule NoLanguage = Error("PDF/UA-1 7.2", "11-001", "the catalog has a /Lang, so the text's language is known");
    /// <summary>PDF/UA-1 7.2: Lang syntax.</summary>
    public static readonly CheckRule BadLanguage = Error("PDF/UA-1 7.2", null, "every /Lang is a language tag (RFC 3066), e.g. en-GB");
    /// <summary>PDF/UA-1 7.1, 06-001.</summary>
    public static readonly CheckRule NoMetadata = Error("PDF/UA-1 7.1", "06-001", "the catalog has an XMP /Metadata stream (also PDF/A-2 6.6.2.1)");
    /// <summary>PDF/A-2 6.6.2.1: XMP well-formed.</summary>
    public static readonly CheckRule MetadataNotXml = Error("PDF/A-2 6.6.2.1", null, "the XMP metadata is well-formed XML");
    /// <summary>PDF/UA-1 7.1, 06-003.</summary>
    public static readonly CheckRule NoDcTitle = Error("PDF/UA-1 7.1", "06-003", "the XMP metadata has a dc:title");
    /// <summary>PDF/UA-1 5, 06-002.</summary>
    public static readonly CheckRule NoPdfUaIdentifier = Error("PDF/UA-1 5", "06-002", "the XMP metadata has pdfuaid:part 1");
    /// <summary>PDF/A-2 6.6.4.</summary>
    public static readonly CheckRule NoPdfAIdentifier = Error("PDF/A-2 6.6.4", null, "the XMP metadata has pdfaid:part 2 and pdfaid:conformance A, B or U");
    /// <summary>PDF/A-2 6.6.2.3.1.</summary>
    public static readonly CheckRule UndeclaredXmpProperty = Error("PDF/A-2 6.6.2.3.1", null, "XMP properties outside the predefined schemas are declared in a PDF/A extension schema");
    /// <summary>ISO 32000-1 14.3.2.</summary>
    public static readonly CheckRule TitleMismatch = Error("ISO 32000-1 14.3.2", null, "the Info dictionary's /Title is the XMP dc:title");

    /// <summary>PDF/UA-1 7.1, 02-001.</summary>
    public static readonly CheckRule NonStandardType = Error("PDF/UA-1 7.1", "02-001", "every structure type is standard or role-mapped to a standard type");
    /// <summary>PDF/UA-1 7.1, 02-003.</summary>
    public static readonly CheckRule CircularRoleMap = Error("PDF/UA-1 7.1", "02-003", "the role map has no cycle");
    /// <summary>PDF/UA-1 7.1, 02-004.</summary>
    public static readonly CheckRule StandardTypeRemapped = Error("PDF/UA-1 7.1", "02-004", "standard structure types are not remapped");
    /// <summary>PDF/UA-1 7.2, 09-004.</summary>
    public static readonly CheckRule TableStructure = Error("PDF/UA-1 7.2", "09-004", "tables nest as Table > (THead|TBody|TFoot >) TR > TH|TD");
    /// <summary>PDF/UA-1 7.2, 09-005.</summary>
    public static readonly CheckRule ListStructure = Error("PDF/UA-1 7.2", "09-005", "lists nest as L > LI > Lbl|LBody");
    /// <summary>PDF/UA-1 7.4.2, 14-002.</summary>
    public static readonly CheckRule FirstHeadingNotH1 = Error("PDF/UA-1 7.4.2", "14-002", "the first numbered heading is H1");
    /// <summary>PDF/UA-1 7.4.2, 14-003.</summary>
    public static readonly CheckRule HeadingLevelSkipped = Error("PDF/UA-1 7.4.2", "14-003", "heading levels go down one at a time (no H1 → H3)");
    /// <summary>PDF/UA-1 7.4.4, 14-007.</summary>
    public static readonly CheckRule MixedHeadings = Error("PDF/UA-1 7.4.4", "14-007", "H and H1–H6 are not both used");
    /// <summary>PDF/UA-1 7.5, 15-003.</summary>
    public static readonly CheckRule HeaderCellWithoutScope = Error("PDF/UA-1 7.5", "15-003", "TH cells have a /Scope unless the table uses /Headers");
    /// <summary>PDF/UA-1 7.3, 13-004.</summary>
    public static readonly CheckRule FigureWithoutAlt = Error("PDF/UA-1 7.3", "13-004", "Figure and Formula elements have /Alt or /ActualText");

    /// <summary>ISO 32000-1 14.6.1: nesting with text objects.</summary>
    public static readonly CheckRule MarkedContentStraddlesText = Error("ISO 32000-1 14.6.1", null, "BMC/BDC … EMC and BT … ET nest within each other");
    /// <summary>ISO 32000-1 14.6.1: balance within a stream.</summary>
    public static readonly CheckRule MarkedContentUnbalanced = Error("ISO 32000-1 14.6.1", null, "every marked-content sequence ends in the content stream it begins in");
    /// <summary>PDF/UA-1 7.1, 01-005.</summary>
    public static readonly CheckRule UntaggedContent = Error("PDF/UA-1 7.1", "01-005", "every painting operator is in tagged content (an MCID in the structure tree) or an Artifact");
    /// <summary>PDF/UA-1 7.1, 01-003.</summary>
    public static readonly CheckRule ArtifactInTaggedContent = Error("PDF/UA-1 7.1", "01-003", "no Artifact inside tagged content");
    /// <summary>PDF/UA-1 7.1, 01-004.</summary>
    public static readonly CheckRule TaggedContentInArtifact = Error("PDF/UA-1 7.1", "01-004", "no tagged content inside an Artifact");
    /// <summary>ISO 32000-1 14.8.2.5.</summary>
    public static readonly CheckRule MissingWordSpace = Error("ISO 32000-1 14.8.2.5", null, "tagged text keeps the space between words where a line breaks");
    /// <summary>PDF/A-2 6.2.4.3.</summary>
    public static readonly CheckRule DeviceColourWithoutIntent = Error("PDF/A-2 6.2.4.3", null, "DeviceRGB/CMYK/Gray are used only with a matching PDF/A OutputIntent");
    /// <summary>PDF/A-2 6.2.3.</summary>
    public static readonly CheckRule OutputIntentProfile = Error("PDF/A-2 6.2.3", null, "the OutputIntent's profile is an ICC output or monitor profile of GRAY, RGB or CMYK");
    /// <summary>PDF/A-2 6.2.10 (a warning: allowed, but needless).</summary>
    public static readonly CheckRule NeedlessTransparencyGroup = new("PDF/A-2 6.2.10", null, Severity.Warning, "a page has a transparency group only if it draws something transparent");

    /// <summary>PDF/UA-1 7.21.4.1, 31-009.</summary>
    public static readonly CheckRule FontNotEmbedded = Error("PDF/UA-1 7.21.4.1", "31-009", "every font used to draw text is embedded (also PDF/A-2 6.2.11.4.1)");
    /// <summary>PDF/UA-1 7.21.7, 31-027.</summary>
    public static readonly CheckRule FontWithoutUnicode = Error("PDF/UA-1 7.21.7", "31-027", "every font used has a Unicode mapping (also PDF/A-2 6.2.11.7.2)");
    /// <summary>PDF/UA-1 7.21.7, 10-001.</summary>
    public static readonly CheckRule GlyphWithoutUnicode = Error("PDF/UA-1 7.21.7", "10-001", "every character code shown maps to Unicode");
    /// <summary>PDF/UA-1 7.21.7, 31-028.</summary>
    public static readonly CheckRule BadUnicodeValue = Error("PDF/UA-1 7.21.7", "31-028", "no ToUnicode value is U+0000, U+FEFF or U+FFFE");
    /// <summary>ISO 32000-1 9.8.1.</summary>
    public static readonly CheckRule FontDescriptorMetrics = Error("ISO 32000-1 9.8.1", null, "font descriptors have their required entries, /Ascent ≥ 0 and /Descent ≤ 0");

    /// <summary>PDF/UA-1 7.18.3, 28-008.</summary>
    public static readonly CheckRule TabsMissing = Error("PDF/UA-1 7.18.3", "28-008", "a page with annotations has /Tabs");
    /// <summary>PDF/UA-1 7.18.3, 28-009.</summary>
    public static readonly CheckRule TabsNotStructure = Error("PDF/UA-1 7.18.3", "28-009", "/Tabs is /S (structure order)");
    /// <summary>PDF/UA-1 7.18.5, 28-011.</summary>
    public static readonly CheckRule LinkNotTagged = Error("PDF/UA-1 7.18.5", "28-011", "every link annotation is the object (OBJR) of a Link structure element");
    /// <summary>PDF/UA-1 7.18.5, 28-012.</summary>
    public static readonly CheckRule LinkWithoutContents = Error("PDF/UA-1 7.18.5", "28-012", "every link annotation has /Contents, its alternate description");
    /// <summary>PDF/UA-1 7.18.1, 28-004.</summary>
    public static readonly CheckRule AnnotationWithoutContents = Error("PDF/UA-1 7.18.1", "28-004", "other annotations (not Widget, Link, Popup) have /Contents or /Alt");
    /// <summary>PDF/A-2 6.3.1.</summary>
    public static readonly CheckRule ForbiddenAnnotation = Error("PDF/A-2 6.3.1", null, "no annotation types outside ISO 32000-1, nor 3D, Sound, Screen or Movie");
    /// <summary>PDF/A-2 6.3.2.</summary>
    public static readonly CheckRule AnnotationFlags = Error("PDF/A-2 6.3.2", null, "annotations (but Popup) have /F with Print set and Hidden, Invisible, NoView, ToggleNoView clear");
    /// <summary>PDF/A-2 6.3.3.</summary>
    public static readonly CheckRule AnnotationWithoutAppearance = Error("PDF/A-2 6.3.3", null, "annotations (but Link, Popup and empty ones) have an appearance stream");
    /// <summary>ISO 32000-1 12.3.2.2.</summary>
    public static readonly CheckRule DestinationWithoutPosition = Error("ISO 32000-1 12.3.2.2", null, "destinations name a position: /XYZ, /FitH and /FitBH have a top");
    /// <summary>ISO 32000-1 12.3.2.</summary>
    public static readonly CheckRule BrokenDestination = Error("ISO 32000-1 12.3.2", null, "destinations name a page of the document (named ones resolve)");

    /// <summary>Every rule, in the order the README lists them.</summary>
    public static IReadOnlyList<CheckRule> All { get; } =
    [
        FileMissing, FileTooLarge, NotPdf, NoCatalog, LimitReached,
        Header, Encrypted, CrossReference, MalformedObject, StreamLength, FlateIncomplete, StreamNotDecodable, ForbiddenFilter,
        NotMarked, Suspects, NoStructureTree, DisplayDocTitleMissing, DisplayDocTitleFalse, NoLanguage, BadLanguage,
        NoMetadata, MetadataNotXml, NoDcTitle, NoPdfUaIdentifier, NoPdfAIdentifier, UndeclaredXmpProperty, TitleMismatch,
        NonStandardType, CircularRoleMap, StandardTypeRemapped, TableStructure, ListStructure,
        FirstHeadingNotH1, HeadingLevelSkipped, MixedHeadings, HeaderCellWithoutScope, FigureWithoutAlt,
        MarkedContentStraddlesText, MarkedContentUnbalanced, UntaggedContent, ArtifactInTaggedContent, TaggedContentInArtifact,
        MissingWordSpace, DeviceColourWithoutIntent, OutputIntentProfile, NeedlessTransparencyGroup,
        FontNotEmbedded, FontWithoutUnicode, GlyphWithoutUnicode, BadUnicodeValue, FontDescriptorMetrics,
        TabsMissing, TabsNotStructure, LinkNotTagged, LinkWithoutContents, AnnotationWithoutContents,
        ForbiddenAnnotation, AnnotationFlags, AnnotationWithoutAppearance, DestinationWithoutPosition, BrokenDestination,
    ];
}
