using ReportGen.Documents;
using ReportGen.Writers;
using ReportGen.Writers.Docx;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// Writes planned sheets as an .xlsx package: fixed part ids, a shared string table in first-use order, the core
/// properties from the data, and zip entries in a fixed order with fixed times — the same plan, the same bytes. The
/// parts are written directly (<see cref="XlsxXml"/>) into the Word document's package writer: the Open XML SDK's
/// schema classes were most of the program's image, which every start of the program pays to load.
/// </summary>
internal static class XlsxWriter
{
    public static void Write(IReadOnlyList<SheetPlan> sheets, DocumentMetadata metadata, XlsxStyles styles, SafeText text, Stream output)
    {
        // The content types list the parts in the order the SDK added them; the zip holds them in name order.
        var package = new DocxPackage(XlsxXml.ContentType + "sheet.main+xml", systemXml: true);
        var strings = new SharedStrings();
        List<DocxPackage.Relationship> relationships = [];
        for (var i = 0; i < sheets.Count; i++)
        {
            var name = $"xl/worksheets/sheet{i + 1}.xml";
            package.Add(name, XlsxXml.ContentType + "worksheet+xml", XlsxSheet.Write(sheets[i], i == 0, metadata, styles, strings, text));
            relationships.Add(new($"rIdSheet{i + 1}", "worksheet", "/" + name));
        }
        // After the sheets, which ask for the styles and strings they use.
        package.Add("xl/styles.xml", XlsxXml.ContentType + "styles+xml", styles.Part());
        package.Add("xl/sharedStrings.xml", XlsxXml.ContentType + "sharedStrings+xml", strings.Part());
        DocxProperties.Add(package, metadata, systemXml: true);
        relationships.Add(new("rIdStyles", "styles", "/xl/styles.xml"));
        relationships.Add(new("rIdStrings", "sharedStrings", "/xl/sharedStrings.xml"));
        package.Add("xl/workbook.xml", Workbook(sheets));
        package.Add("xl/_rels/workbook.xml.rels", DocxPackage.Rels(relationships, systemXml: true));
        package.Add("_rels/.rels", DocxPackage.Rels(
        [
            new("rIdWorkbook", "officeDocument", "/xl/workbook.xml"),
            new("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml"),
            new("rIdApp", "extended-properties", "/docProps/app.xml"),
        ], systemXml: true));
        package.Save(output, metadata.Modified);
    }

    // The sheets in order, and each one's title rows repeated on every printed page.
    private static WordXml Workbook(IReadOnlyList<SheetPlan> sheets)
    {
        var xml = XlsxXml.Part("x:workbook");
        xml.Start("x:bookViews").Start("x:workbookView").Attr("activeTab", 0).End().End();
        xml.Start("x:sheets");
        for (var i = 0; i < sheets.Count; i++)
            xml.Start("x:sheet").Attr("name", sheets[i].Name).Attr("sheetId", i + 1).Attr("r:id", $"rIdSheet{i + 1}").Attr("xmlns:r", WordXml.Relationships).End();
        xml.End().Start("x:definedNames");
        for (var i = 0; i < sheets.Count; i++)
            xml.Start("x:definedName").Attr("name", "_xlnm.Print_Titles").Attr("localSheetId", i)
                .Text($"{CellRefs.Quoted(sheets[i].Name)}!${WorkbookLayout.TitleRow}:${WorkbookLayout.KeyRow}").End();
        xml.End();
        // Excel's own calculation engine id: the cached values are current, so Excel need not recalculate on opening.
        xml.Start("x:calcPr").Attr("calcId", 191029).End();
        return xml.End();
    }

    /// <summary>The shared strings, each stored once, numbered in the order first used.</summary>
    internal sealed class SharedStrings
    {
        private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
        private readonly List<string> items = [];
        private int uses;

        public int Of(string value)
        {
            uses++;
            if (index.TryGetValue(value, out var i)) return i;
            items.Add(value);
            return index[value] = items.Count - 1;
        }

        public WordXml Part()
        {
            var xml = XlsxXml.Writer().Start("x:sst").Attr("count", uses).Attr("uniqueCount", items.Count).Attr("xmlns:x", XlsxXml.Main);
            foreach (var s in items)
            {
                xml.Start("x:si").Start("x:t");
                // Leading or trailing spaces are kept only when the element says so.
                if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))) xml.Attr("xml:space", "preserve");
                xml.Text(s).End().End();
            }
            return xml.End();
        }
    }
}
