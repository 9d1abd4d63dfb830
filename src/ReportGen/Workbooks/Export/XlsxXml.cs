using System.Globalization;
using ReportGen.Writers.Docx;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// SpreadsheetML parts written with the package's forward-only writer, in the form the Open XML SDK wrote them
/// (System.Xml's: see <see cref="WordXml(bool)"/>, every element prefixed x:, attributes in schema order), so the
/// workbook's bytes did not change when the SDK went.
/// </summary>
internal static class XlsxXml
{
    /// <summary>The SpreadsheetML namespace.</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The content types of SpreadsheetML parts: "worksheet+xml" and so on follow it.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>A part: the declaration and its root element, open, declaring the x: prefix.</summary>
    public static WordXml Part(string root) => Writer().Start(root).Attr("xmlns:x", Main);

    /// <summary>A writer with the declaration written, for a root element whose attributes come before its namespace.</summary>
    public static WordXml Writer() => new WordXml(systemXml: true).Raw(WordXml.PlainDeclaration);

    /// <summary>A true flag, as the SDK wrote booleans.</summary>
    public static WordXml True(this WordXml xml, string name) => xml.Attr(name, "1");

    /// <summary>A number of the schema's double type: the shortest text that reads back as the same double.</summary>
    public static WordXml Attr(this WordXml xml, string name, double value) => xml.Attr(name, value.ToString("R", CultureInfo.InvariantCulture));
}
