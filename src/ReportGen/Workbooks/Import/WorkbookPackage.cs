using System.IO.Compression;
using System.Xml;

namespace ReportGen.Workbooks.Import;

/// <summary>A relationship from one part to another: its id, its type, and the part it points at (null when outside the package).</summary>
internal sealed record PartLink(string Id, string Type, string? Part);

/// <summary>
/// An .xlsx as a package (Open Packaging Conventions): its parts, found through relationships from the package
/// root as Excel and LibreOffice write them, each with the content type [Content_Types].xml gives it. Only what
/// the import follows is looked at; anything it follows that is not there, or not what it should be, is an
/// <see cref="InvalidDataException"/> for the reader to report.
/// </summary>
internal sealed class WorkbookPackage
{
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "/[Content_Types].xml";

    // Part names are case-insensitive ("/xl/workbook.xml"), as are file extensions in content types.
    private readonly Dictionary<string, ZipArchiveEntry> parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> overrides = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The package in <paramref name="zip"/>: its parts and their content types.</summary>
    public WorkbookPackage(ZipArchive zip)
    {
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue; // a folder
            if (!parts.TryAdd("/" + entry.FullName, entry)) throw new InvalidDataException($"the package has two parts named {entry.FullName}.");
        }
        if (!parts.ContainsKey(ContentTypes)) throw new InvalidDataException("the package has no list of content types ([Content_Types].xml), so it is no Office file.");
        try
        {
            ReadContentTypes();
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException(WorkbookXml.Describe(ex, ContentTypes), ex);
        }
    }

    private void ReadContentTypes()
    {
        using var reader = Open(ContentTypes);
        if (!WorkbookXml.IsRoot(reader, ContentTypesNs, "Types")) throw new InvalidDataException("[Content_Types].xml is not a list of content types.");
        foreach (var _ in WorkbookXml.Children(reader))
        {
            if (reader.NamespaceURI != ContentTypesNs || reader.GetAttribute("ContentType") is not { } type) continue;
            if (reader.LocalName == "Default" && reader.GetAttribute("Extension") is { } extension) defaults.TryAdd(extension, type);
            else if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } name) overrides.TryAdd(name, type);
        }
    }

    /// <summary>True when the package has the part.</summary>
    public bool Has(string part) => parts.ContainsKey(part);

    /// <summary>The part's content type: its override, or the default for its extension.</summary>
    public string? ContentType(string part) =>
        overrides.TryGetValue(part, out var type) ? type : defaults.GetValueOrDefault(Path.GetExtension(part).TrimStart('.'));

    /// <summary>The part last opened: where an error in its XML is.</summary>
    public string? Reading { get; private set; }

    /// <summary>A reader over the part's XML (<see cref="WorkbookXml.Settings"/>), which must be there.</summary>
    public XmlReader Open(string part)
    {
        if (!parts.TryGetValue(part, out var entry)) throw new InvalidDataException($"the part {part} is missing from the package.");
        Reading = part;
        var reader = XmlReader.Create(entry.Open(), WorkbookXml.Settings);
        reader.MoveToContent();
        return reader;
    }

    /// <summary>The relationships of <paramref name="source"/> ("/" for the package's own), in their order.</summary>
    public List<PartLink> Links(string source)
    {
        var folder = source[..(source.LastIndexOf('/') + 1)];
        var name = $"{folder}_rels/{source[folder.Length..]}.rels";
        var links = new List<PartLink>();
        if (!parts.ContainsKey(name)) return links;
        using var reader = Open(name);
        if (!WorkbookXml.IsRoot(reader, RelationshipsNs, "Relationships")) return links;
        foreach (var _ in WorkbookXml.Children(reader))
        {
            if (reader.NamespaceURI != RelationshipsNs || reader.LocalName != "Relationship") continue;
            var external = reader.GetAttribute("TargetMode") == "External";
            links.Add(new PartLink(reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "",
                external ? null : Resolve(folder, reader.GetAttribute("Target") ?? "")));
        }
        return links;
    }

    /// <summary>
    /// The part a target names, relative to <paramref name="folder"/> unless it starts with "/": escapes decoded,
    /// "." and ".." followed, a fragment dropped, backslashes read as slashes (as System.Uri reads them); null for a
    /// target with a scheme (file:, http:), which is outside the package.
    /// </summary>
    public static string? Resolve(string folder, string target)
    {
        var path = target.Replace('\\', '/');
        if (path.IndexOf('#') is var hash and >= 0) path = path[..hash];
        var colon = path.IndexOf(':');
        if (colon >= 0 && (path.IndexOf('/') is var slash && (slash < 0 || colon < slash))) return null;
        path = Uri.UnescapeDataString(path);
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith('/') ? path : folder + path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(segment);
        }
        return "/" + string.Join('/', segments);
    }
}
