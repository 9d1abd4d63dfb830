using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents;
using ReportGen.Writers;
using ReportGen.Writers.Docx;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// Writes planned sheets as an .xlsx package: fixed part ids, a shared string table in first-use order, the core
/// properties from the data, and the zip re-made with fixed entry times and order — the same plan, the same bytes.
/// </summary>
internal static class XlsxWriter
{
    public static void Write(IReadOnlyList<SheetPlan> sheets, DocumentMetadata metadata, XlsxStyles styles, SafeText text, Stream output)
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            document.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            var printTitles = new DefinedNames();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = XlsxSheet.Write(sheets[i], i == 0, metadata, styles, strings, text);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
                printTitles.Append(new DefinedName($"{CellRefs.Quoted(sheets[i].Name)}!${WorkbookLayout.TitleRow}:${WorkbookLayout.KeyRow}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                sheetList,
                printTitles,
                // Excel's own calculation engine id: the cached values are current, so Excel need not recalculate on opening.
                new CalculationProperties { CalculationId = 191029 });
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = styles.Part();
            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Part();
            Properties(document, metadata);
        }
        DocxPackage.Normalise(package.ToArray(), metadata.Modified, output);
    }

    // The core properties Word documents get, from the same data; written as our own parts, never the clock.
    private static void Properties(SpreadsheetDocument document, DocumentMetadata metadata)
    {
        var core = document.AddCoreFilePropertiesPart();
        document.ChangeIdOfPart(core, "rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
            stream.Write(Encoding.UTF8.GetBytes(DocxProperties.CoreXml(metadata)));
        var extended = document.AddExtendedFilePropertiesPart();
        document.ChangeIdOfPart(extended, "rIdApp");
        extended.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
            new DocumentFormat.OpenXml.ExtendedProperties.Application(metadata.Generator),
            new DocumentFormat.OpenXml.ExtendedProperties.Company(metadata.Author));
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

        public SharedStringTable Part() => new(items.Select(s => new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s)
        {
            // Leading or trailing spaces are kept only when the element says so.
            Space = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) ? SpaceProcessingModeValues.Preserve : null,
        })))
        {
            Count = (uint)uses,
            UniqueCount = (uint)items.Count,
        };
    }
}
