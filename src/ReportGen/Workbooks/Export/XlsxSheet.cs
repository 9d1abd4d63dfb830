using ReportGen.Documents;
using ReportGen.Writers;
using ReportGen.Writers.Docx;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// One planned sheet as a worksheet: the title, heading and key rows frozen above the data, column widths, the
/// Row column's drop-down list of kinds, A4 page set-up with the title rows repeated and a footer like the paper's.
/// </summary>
internal static class XlsxSheet
{
    /// <summary>The most text a cell holds.</summary>
    public const int MaxCellText = 32_767;

    public static WordXml Write(SheetPlan plan, bool selected, DocumentMetadata metadata, XlsxStyles styles, XlsxWriter.SharedStrings strings, SafeText text)
    {
        var xml = XlsxXml.Part("x:worksheet");
        xml.Start("x:sheetPr").Start("x:pageSetUpPr").True("fitToPage").End().End();
        Frozen(xml, selected);
        xml.Start("x:sheetFormatPr").Attr("defaultRowHeight", 13.2).End();
        xml.Start("x:cols");
        for (var i = 0; i < plan.Columns.Count; i++)
            xml.Start("x:col").Attr("min", i + 1).Attr("max", i + 1).Attr("width", plan.Columns[i].Width).True("customWidth").End();
        xml.End();
        new SheetCells(xml, plan, styles, strings, text).Write();
        KindList(xml, plan);
        xml.Start("x:pageMargins").Attr("left", 0.7).Attr("right", 0.7).Attr("top", 0.75).Attr("bottom", 0.75).Attr("header", 0.3).Attr("footer", 0.3).End();
        // A4, as wide as the page, as long as it takes.
        xml.Start("x:pageSetup").Attr("paperSize", 9).Attr("fitToWidth", 1).Attr("fitToHeight", 0).Attr("orientation", "portrait").End();
        Footer(xml, metadata);
        return xml.End();
    }

    // The title, heading and key rows stay in view; the first data cell is selected.
    private static void Frozen(WordXml xml, bool selected)
    {
        var firstData = CellRefs.Cell(1, WorkbookLayout.FirstDataRow);
        xml.Start("x:sheetViews").Start("x:sheetView");
        if (selected) xml.True("tabSelected");
        xml.Attr("workbookViewId", 0)
            .Start("x:pane").Attr("ySplit", WorkbookLayout.KeyRow).Attr("topLeftCell", firstData).Attr("activePane", "bottomLeft").Attr("state", "frozen").End()
            .Start("x:selection").Attr("pane", "bottomLeft").Attr("activeCell", firstData).Attr("sqref", firstData).End()
            .End().End();
    }

    // The Row column offers its sheet's kinds, so a new row is typed as the import reads it.
    private static void KindList(WordXml xml, SheetPlan plan)
    {
        if (plan.Kinds is not { } kinds) return;
        var list = string.Join(",", kinds.Select(WorkbookLayout.NameOf));
        var column = CellRefs.Column(plan.ColumnOf(WorkbookLayout.RowKey));
        xml.Start("x:dataValidations").Attr("count", 1)
            .Start("x:dataValidation").Attr("type", "list").True("allowBlank").True("showErrorMessage").Attr("errorTitle", "Row")
            .Attr("error", "A row is one of: " + list.Replace(",", ", ", StringComparison.Ordinal))
            .Attr("sqref", $"{column}{WorkbookLayout.FirstDataRow}:{column}1048576")
            .Element("x:formula1", $"\"{list}\"")
            .End().End();
    }

    // "&" starts a code in header and footer text; a literal one is written twice.
    // Excel reads at most 255 characters of each.
    private static void Footer(WordXml xml, DocumentMetadata metadata)
    {
        static string Literal(string s)
        {
            var text = SafeText.Replace(s);
            var cut = text.Length > 100 && char.IsHighSurrogate(text[99]) ? 99 : 100;
            return (text.Length > 100 ? text[..cut] + "…" : text).Replace("&", "&&", StringComparison.Ordinal);
        }
        xml.Start("x:headerFooter");
        var marks = (metadata.IsDraft ? new[] { "DRAFT" } : []).Concat(metadata.PageMarks).ToList();
        if (marks.Count > 0) xml.Element("x:oddHeader", $"&C&B{Literal(string.Join(" — ", marks))}");
        xml.Element("x:oddFooter", $"&L{Literal(metadata.FooterTitle)}&RPage &P of &N").End();
    }
}
