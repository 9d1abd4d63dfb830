using System.IO.Compression;
using System.Xml;
using ReportGen.Diagnostics;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Reads an .xlsx into plain grids of cells, streaming each sheet, within limits no budget comes near: a workbook
/// that is not one (an .xls, a password-protected file, a renamed .docx, a damaged zip), or one whose parts would
/// unpack to far more than a budget, is a diagnostic, never an exception or a runaway read.
/// </summary>
internal static class WorkbookReader
{
    /// <summary>The most all parts may unpack to, and one part.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024, MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>The most cells with a value, and rows, read from a workbook.</summary>
    public const int MaxCells = 1_000_000, MaxRow = 200_000;

    private const string Relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictRelationship = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    /// <summary>The workbook's sheets, and its title from its document properties; null when it cannot be read (reported).</summary>
    public static (List<SheetGrid> Sheets, string? Title)? Read(byte[] bytes, string name, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(name);
        // Excel 97–2003 files and password-protected workbooks are OLE compound files, not zips.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            diagnostics.Error("RG0400", at, "this is an Excel 97–2003 (.xls) file or a password-protected workbook. Save it as an unprotected Excel Workbook (.xlsx) and import that.");
            return null;
        }
        WorkbookPackage? package = null;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (!WithinLimits(zip, at, diagnostics)) return null;
            package = new WorkbookPackage(zip);
            var workbook = package.Links("/").FirstOrDefault(l => Is(l, "officeDocument"))?.Part;
            if (workbook is null || !package.Has(workbook)) throw new InvalidDataException("the package has no workbook part.");
            var links = package.Links(workbook);
            var strings = SharedStrings(package, links);
            var grids = new List<SheetGrid>();
            var cells = 0;
            foreach (var (sheetName, id) in Sheets(package, workbook))
            {
                if (Worksheet(package, links, sheetName, id) is not { } part)
                {
                    grids.Add(new SheetGrid(sheetName) { IsChart = true });
                    continue;
                }
                var grid = new SheetGrid(sheetName);
                using (var reader = package.Open(part)) cells += WorksheetReader.Read(reader, grid, strings, MaxCells - cells);
                if (cells >= MaxCells)
                {
                    diagnostics.Error("RG0402", new SourceLocation($"{name}[{sheetName}]"), $"the workbook has over {MaxCells:N0} cells with values; a budget has far fewer. Check this is the right file.");
                    return null;
                }
                grids.Add(grid);
            }
            return (grids, Title(package));
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            diagnostics.Error("RG0400", at, $"this is not an Excel workbook (.xlsx) that can be read: {Problem(ex, package?.Reading)} Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx).");
            return null;
        }
    }

    // What is wrong, and in which part when it is the part's XML.
    private static string Problem(Exception ex, string? part) =>
        ex is XmlException xml && part is not null ? WorkbookXml.Describe(xml, part) : Sentence(ex.Message);

    // Each part's size is read from the zip's directory; .NET stops reading a part at that size, so it is a real bound.
    private static bool WithinLimits(ZipArchive zip, SourceLocation at, DiagnosticBag diagnostics)
    {
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length > MaxPartBytes || total > MaxUnpackedBytes)
            {
                diagnostics.Error("RG0402", at, $"the workbook unpacks to over {(entry.Length > MaxPartBytes ? MaxPartBytes : MaxUnpackedBytes) / (1024 * 1024)} MB ({entry.FullName}); a budget workbook is far smaller. Check this is the right file.");
                return false;
            }
        }
        return true;
    }

    // A relationship of a SpreadsheetML kind, in a transitional or a Strict Open XML workbook.
    private static bool Is(PartLink link, string kind) => link.Type == Relationship + kind || link.Type == StrictRelationship + kind;

    // The main part must be a workbook (a renamed .docx has a document there); its first sheets list names each sheet and its relationship.
    private static List<(string Name, string? Id)> Sheets(WorkbookPackage package, string workbook)
    {
        using var reader = package.Open(workbook);
        if (!WorkbookXml.Is(reader, "workbook")) throw new InvalidDataException($"its main part holds <{reader.LocalName}>, not a workbook.");
        var sheets = new List<(string, string?)>();
        foreach (var _ in WorkbookXml.Children(reader))
        {
            if (!WorkbookXml.Is(reader, "sheets")) continue;
            foreach (var __ in WorkbookXml.Children(reader))
                if (WorkbookXml.Is(reader, "sheet"))
                    sheets.Add((reader.GetAttribute("name") ?? "",
                        reader.GetAttribute("id", WorkbookXml.RelationshipIds) ?? reader.GetAttribute("id", WorkbookXml.StrictRelationshipIds)));
            break;
        }
        return sheets;
    }

    // The worksheet part of a sheet; null for a sheet of another kind (a chart) or one that names no part.
    private static string? Worksheet(WorkbookPackage package, List<PartLink> links, string sheet, string? id)
    {
        if (id is null) return null;
        var link = links.FirstOrDefault(l => l.Id == id) ?? throw new InvalidDataException($"the sheet '{sheet}' names the relationship {id}, which the workbook does not have.");
        if (!Is(link, "worksheet")) return null;
        return Part(package, link.Part, "worksheet+xml", $"the sheet '{sheet}'");
    }

    // The shared strings: each item's text, in order.
    private static List<string> SharedStrings(WorkbookPackage package, List<PartLink> links)
    {
        var strings = new List<string>();
        if (links.FirstOrDefault(l => Is(l, "sharedStrings")) is not { } link) return strings;
        using var reader = package.Open(Part(package, link.Part, "sharedStrings+xml", "the shared string table"));
        if (!WorkbookXml.Is(reader, "sst")) return strings;
        foreach (var _ in WorkbookXml.Children(reader))
        {
            if (!WorkbookXml.Is(reader, "si")) continue;
            strings.Add(WorkbookXml.RichText(reader));
            if (strings.Count > MaxCells) throw new InvalidDataException("the shared string table is larger than any budget's.");
        }
        return strings;
    }

    // A part the workbook relies on: inside the package, there, and of its content type.
    private static string Part(WorkbookPackage package, string? part, string type, string what)
    {
        if (part is null) throw new InvalidDataException($"{what} points outside the package.");
        if (!package.Has(part)) throw new InvalidDataException($"the part {part} ({what}) is missing from the package.");
        var contentType = package.ContentType(part);
        if (!string.Equals(contentType, Export.XlsxXml.ContentType + type, StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"{what} ({part}) has the content type {contentType ?? "(none)"}, not a SpreadsheetML {type}.");
        return part;
    }

    // The title in the document properties (dc:title), if the package has them.
    private static string? Title(WorkbookPackage package)
    {
        if (package.Links("/").FirstOrDefault(l => l.Type.EndsWith("/metadata/core-properties", StringComparison.Ordinal))?.Part is not { } core || !package.Has(core)) return null;
        using var reader = package.Open(core);
        if (!WorkbookXml.IsRoot(reader, "http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties")) return null;
        foreach (var _ in WorkbookXml.Children(reader))
            if (reader.LocalName == "title" && reader.NamespaceURI == "http://purl.org/dc/elements/1.1/") return WorkbookXml.Text(reader);
        return null;
    }

    internal static string Sentence(string message) => message.TrimEnd().EndsWith('.') ? message.TrimEnd() : message.TrimEnd() + ".";
}
