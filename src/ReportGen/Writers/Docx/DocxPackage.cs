using System.IO.Compression;
using System.Text;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The zip package, written straight to the output: [Content_Types].xml first, as Office writes it, then every part
/// in ordinal order of its name, each stamped with the document's date. No clock and no random name, so the same
/// document always gives the same bytes.
/// </summary>
internal sealed class DocxPackage
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A relationship: its id, its type (under officeDocument/2006/relationships, or a full URI), its target.</summary>
    public sealed record Relationship(string Id, string Type, string Target, bool External = false);

    private sealed record Part(string Name, Action<TextWriter> Write);

    // Classes rather than tuples throughout: a generic over a value type would be compiled at run time in the
    // framework-dependent build, and costs more there than writing the part.
    private readonly List<Part> parts = [];
    private readonly WordXml types;
    private readonly bool systemXml;

    /// <summary>A Word document's package.</summary>
    public DocxPackage() : this(Wordprocessing + "document.main+xml", systemXml: false)
    {
    }

    /// <summary>A package whose main part has <paramref name="mainContentType"/>.</summary>
    /// <param name="systemXml">
    /// Write [Content_Types].xml (and, through <see cref="Rels"/>, relationships) as System.IO.Packaging wrote them
    /// for the Open XML SDK — a byte-order mark, then System.Xml's form (see <see cref="WordXml(bool)"/>) — so the
    /// workbook's package stays byte for byte what it was.
    /// </param>
    public DocxPackage(string mainContentType, bool systemXml)
    {
        this.systemXml = systemXml;
        types = new WordXml(systemXml);
        types.Raw(DeclarationOf(systemXml)).Start("Types").Attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
        // The main part is the package's default XML content type, as the Open XML SDK has always written it.
        types.Start("Default").Attr("Extension", "xml").Attr("ContentType", mainContentType).End();
        types.Start("Default").Attr("Extension", "rels").Attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml").End();
    }

    /// <summary>A part whose content type is not the default, under its name in the package ("word/styles.xml").</summary>
    public void Add(string name, string contentType, WordXml xml)
    {
        types.Start("Override").Attr("PartName", "/" + name).Attr("ContentType", contentType).End();
        Add(name, xml);
    }

    /// <summary>A part of the default XML content type (the main document) or a relationships part.</summary>
    public void Add(string name, WordXml xml) => parts.Add(new Part(name, writer => xml.WriteTo(writer, 0, xml.Length)));

    /// <summary>The main document, which writes itself (its paragraphs' styles are settled as it is written).</summary>
    public void Add(string name, Action<TextWriter> write) => parts.Add(new Part(name, write));

    /// <summary>A WordprocessingML part's content type: "styles+xml" → application/vnd…wordprocessingml.styles+xml.</summary>
    public static string WordType(string kind) => Wordprocessing + kind;

    /// <summary>A relationships part; <paramref name="systemXml"/> as for the package.</summary>
    public static WordXml Rels(List<Relationship> relationships, bool systemXml = false)
    {
        var xml = new WordXml(systemXml);
        xml.Raw(DeclarationOf(systemXml)).Start("Relationships").Attr("xmlns", Relationships);
        foreach (var relationship in relationships)
        {
            var type = relationship.Type;
            xml.Start("Relationship").Attr("Type", type.Contains(':', StringComparison.Ordinal) ? type : WordXml.Relationships + "/" + type)
                .Attr("Target", relationship.Target);
            if (relationship.External) xml.Attr("TargetMode", "External");
            xml.Attr("Id", relationship.Id).End();
        }
        return xml.End();
    }

    // System.IO.Packaging began its own parts with a byte-order mark, which UTF-8 writes as EF BB BF.
    private static string DeclarationOf(bool systemXml) => systemXml ? "\uFEFF" + WordXml.PlainDeclaration : WordXml.Declaration;

    public void Save(Stream output, DateOnly date)
    {
        var stamp = EntryTime(date);
        types.End();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", stamp, writer => types.WriteTo(writer, 0, types.Length));
        parts.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var part in parts) Entry(zip, part.Name, stamp, part.Write);
    }

    private void Entry(ZipArchive zip, string name, DateTimeOffset stamp, Action<TextWriter> write)
    {
        using var entry = NewEntry(zip, name, stamp).Open();
        if (!systemXml)
        {
            using var writer = new StreamWriter(entry, Utf8, bufferSize: 16384);
            write(writer);
            return;
        }
        // The Open XML SDK's parts were deflated whole. A writer flushes the deflater when it closes, which ends
        // a block early and changes the compressed bytes; so the part is written out first, then deflated.
        using var part = new MemoryStream();
        using (var writer = new StreamWriter(part, Utf8, bufferSize: 16384, leaveOpen: true)) write(writer);
        part.Position = 0;
        part.CopyTo(entry);
    }

    // Zip (DOS) times run from 1980 to 2107. The entry times are not the document's date — core.xml carries that —
    // so a date outside the range is clamped rather than refused.
    private static readonly DateOnly Earliest = new(1980, 1, 1);
    private static readonly DateOnly Latest = new(2107, 12, 31);

    private static DateTimeOffset EntryTime(DateOnly date)
    {
        var day = date < Earliest ? Earliest : date > Latest ? Latest : date;
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    // Every entry deflated and stamped with the document's date rather than the clock.
    private static ZipArchiveEntry NewEntry(ZipArchive zip, string name, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        return entry;
    }
}
