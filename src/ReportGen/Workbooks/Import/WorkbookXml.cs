using System.Text;
using System.Xml;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Reading a workbook's XML with System.Xml's streaming reader: no DTD (so no entity expansion or external
/// entity), no resolver, no part longer than <see cref="WorkbookReader.MaxPartBytes"/> characters, and elements
/// stepped through or skipped without recursion, however deep they nest.
/// </summary>
internal static class WorkbookXml
{
    /// <summary>SpreadsheetML's namespace, and the same in a Strict Open XML workbook.</summary>
    public const string Main = Export.XlsxXml.Main, StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /// <summary>The relationships namespace of r:id, transitional and strict.</summary>
    public const string RelationshipIds = "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        StrictRelationshipIds = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>The reader's settings: see the class.</summary>
    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = WorkbookReader.MaxPartBytes,
        CloseInput = true,
    };

    /// <summary>What is wrong with <paramref name="part"/>'s XML, for a diagnostic. System.Xml's advice on DTDs is for programmers.</summary>
    public static string Describe(XmlException ex, string part) =>
        $"{part.TrimStart('/')}: " + (ex.Message.StartsWith("For security reasons DTD is prohibited", StringComparison.Ordinal)
            ? "it declares a DTD (<!DOCTYPE …>), which no workbook has; for safety it is not read."
            : WorkbookReader.Sentence(ex.Message));

    /// <summary>True when the reader is on a SpreadsheetML element named <paramref name="name"/>.</summary>
    public static bool Is(XmlReader reader, string name) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI is Main or StrictMain;

    /// <summary>True when the document element (where <see cref="WorkbookPackage.Open"/> leaves the reader) is <paramref name="name"/> in <paramref name="ns"/>.</summary>
    public static bool IsRoot(XmlReader reader, string ns, string name) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI == ns;

    /// <summary>
    /// Steps to each child element of the element the reader is on. The caller may read the child's attributes, or
    /// read into it and stop on its end tag; each child is then skipped whole. Ends on the element's end tag.
    /// </summary>
    public static IEnumerable<bool> Children(XmlReader reader)
    {
        if (reader.IsEmptyElement) yield break;
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            yield return true;
            reader.Skip();
        }
    }

    /// <summary>
    /// The text of the element the reader is on (a t, v or f), "" when it has none; child elements are not its
    /// text. Ends on the element's end tag.
    /// </summary>
    public static string Text(XmlReader reader)
    {
        string? first = null;
        StringBuilder? more = null;
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null) first = reader.Value;
                else (more ??= new StringBuilder(first)).Append(reader.Value);
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }
        return more?.ToString() ?? first ?? "";
    }

    /// <summary>
    /// The text of a shared string or an inline string: its own t, or else its runs' text (each run's t) joined.
    /// Phonetic guides (rPh) are not part of what the cell says.
    /// </summary>
    public static string RichText(XmlReader reader)
    {
        string? plain = null;
        StringBuilder? runs = null;
        foreach (var _ in Children(reader))
        {
            if (Is(reader, "t")) plain ??= Text(reader);
            else if (Is(reader, "r"))
            {
                var taken = false;
                foreach (var __ in Children(reader))
                    if (!taken && Is(reader, "t"))
                    {
                        (runs ??= new StringBuilder()).Append(Text(reader));
                        taken = true;
                    }
            }
        }
        return plain ?? runs?.ToString() ?? "";
    }
}
