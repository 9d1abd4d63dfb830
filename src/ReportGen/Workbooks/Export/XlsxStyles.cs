using ReportGen.Formatting;
using ReportGen.Writers.Docx;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// The workbook's styles, made as cells ask for them: a font, fill and border per row look, and the paper's number
/// formats — pounds with its sign convention (−£12,000 or (£12,000)), £000s, percentages to the paper's places, and
/// each with "–" for a figure that has no amount. Pence are shown only when some amount has them, as in the paper.
/// </summary>
internal sealed class XlsxStyles
{
    private const string Font = "Arial";
    private const string Grey = "FF595959";

    // A cell format (an xf): its number format, font, fill and border, and its alignment when it sets one.
    private sealed record Format(int NumberFormat, int Font, int Fill, int Border, Alignment? Alignment);

    private sealed record Alignment(bool Right, bool Wraps, bool Indented);

    private readonly Dictionary<(RowLook, CellLook, bool, bool), int> formats = [];
    // Format 0, the default, applies nothing.
    private readonly List<Format?> cellFormats = [null];
    private readonly string[] numberFormats;

    public XlsxStyles(MoneyFormat money, bool pence)
    {
        var digits = pence ? "#,##0.00" : "#,##0";
        var (pounds, thousands) = ($"\"£\"{digits}", "#,##0");
        var percent = "0" + (money.PercentPlaces > 0 ? "." + new string('0', money.PercentPlaces) : "") + "%";
        string Signed(string format) => money.Negative == NegativeStyle.Brackets ? $"{format};({format})" : $"{format};\"{money.MinusSign}\"{format}";
        string Dashed(string format) => $"{Signed(format)};\"{MoneyFormat.Missing}\"";
        // Ids 164 and up are a workbook's own formats.
        numberFormats = [Signed(pounds), Dashed(pounds), Signed(thousands), Dashed(thousands), Signed(percent)];
    }

    /// <summary>The style index of a cell that looks like <paramref name="style"/>; <paramref name="wraps"/> for a heading that may wrap.</summary>
    public int Index(CellStyle style, bool wraps = false)
    {
        var key = (style.Row, style.Look, style.ZeroAsDash, wraps);
        if (formats.TryGetValue(key, out var index)) return index;
        var numeric = style.Look is CellLook.Pounds or CellLook.Thousands or CellLook.Percent;
        var aligned = numeric || wraps || style.Row == RowLook.Heading || style.Look == CellLook.Technical;
        cellFormats.Add(new Format(NumberFormat(style), FontOf(style), style.Row == RowLook.Heading ? 2 : 0,
            style.Row switch { RowLook.Heading => 1, RowLook.Total => 2, _ => 0 },
            // A kind or id stands a little apart from the figure before it.
            aligned ? new Alignment(numeric, wraps, style.Look == CellLook.Technical) : null));
        return formats[key] = cellFormats.Count - 1;
    }

    /// <summary>The styles part, with every style asked for so far.</summary>
    public WordXml Part()
    {
        var xml = XlsxXml.Part("x:styleSheet");
        xml.Start("x:numFmts").Attr("count", numberFormats.Length);
        for (var i = 0; i < numberFormats.Length; i++) xml.Start("x:numFmt").Attr("numFmtId", 164 + i).Attr("formatCode", numberFormats[i]).End();
        xml.End().Start("x:fonts").Attr("count", 6);
        FontElement(xml, bold: false, italic: false, size: 10, grey: false);
        FontElement(xml, bold: true, italic: false, size: 10, grey: false);
        FontElement(xml, bold: false, italic: true, size: 10, grey: false);
        FontElement(xml, bold: true, italic: false, size: 12, grey: false);
        FontElement(xml, bold: false, italic: false, size: 8, grey: true);
        FontElement(xml, bold: false, italic: true, size: 8, grey: true);
        xml.End().Start("x:fills").Attr("count", 3)
            .Start("x:fill").Start("x:patternFill").Attr("patternType", "none").End().End()
            .Start("x:fill").Start("x:patternFill").Attr("patternType", "gray125").End().End()
            .Start("x:fill").Start("x:patternFill").Attr("patternType", "solid")
            .Start("x:fgColor").Attr("rgb", "FFE7E6E6").End().Start("x:bgColor").Attr("indexed", 64).End().End().End();
        xml.End().Start("x:borders").Attr("count", 3);
        BorderElement(xml, top: false, bottom: false);
        BorderElement(xml, top: false, bottom: true);
        BorderElement(xml, top: true, bottom: false);
        xml.End().Start("x:cellStyleXfs").Attr("count", 1);
        FormatElement(xml, null);
        xml.End().Start("x:cellXfs").Attr("count", cellFormats.Count);
        foreach (var format in cellFormats) FormatElement(xml, format);
        xml.End().Start("x:cellStyles").Attr("count", 1).Start("x:cellStyle").Attr("name", "Normal").Attr("xfId", 0).Attr("builtinId", 0).End().End();
        return xml.End();
    }

    private static int NumberFormat(CellStyle style) => style.Look switch
    {
        CellLook.Pounds => style.ZeroAsDash ? 165 : 164,
        CellLook.Thousands => style.ZeroAsDash ? 167 : 166,
        CellLook.Percent => 168,
        _ => 0,
    };

    private static int FontOf(CellStyle style) => (style.Row, style.Look) switch
    {
        (RowLook.Key, _) => 5,
        (RowLook.Title, _) => 3,
        (RowLook.Heading, _) => 1,
        (_, CellLook.Technical) => 4,
        (RowLook.Subtotal or RowLook.Total, _) => 1,
        (RowLook.Group or RowLook.Note, _) => 2,
        _ => 0,
    };

    // Format null is the default: everything 0, nothing applied.
    private static void FormatElement(WordXml xml, Format? format)
    {
        xml.Start("x:xf").Attr("numFmtId", format?.NumberFormat ?? 0).Attr("fontId", format?.Font ?? 0)
            .Attr("fillId", format?.Fill ?? 0).Attr("borderId", format?.Border ?? 0);
        if (format is null)
        {
            xml.End();
            return;
        }
        xml.True("applyNumberFormat").True("applyFont").True("applyFill").True("applyBorder");
        if (format.Alignment is { } alignment)
        {
            xml.True("applyAlignment").Start("x:alignment").Attr("horizontal", alignment.Right ? "right" : "left").Attr("vertical", "top");
            if (alignment.Wraps) xml.True("wrapText");
            if (alignment.Indented) xml.Attr("indent", 1);
            xml.End();
        }
        xml.End();
    }

    private static void FontElement(WordXml xml, bool bold, bool italic, double size, bool grey)
    {
        xml.Start("x:font");
        if (bold) xml.Empty("x:b");
        if (italic) xml.Empty("x:i");
        xml.Start("x:sz").Attr("val", size).End()
            .Start("x:color").Attr("rgb", grey ? Grey : "FF000000").End()
            .Start("x:name").Attr("val", Font).End()
            .Start("x:family").Attr("val", 2).End()
            .End();
    }

    // A thin line above (a total) or below (a heading), in the automatic colour.
    private static void BorderElement(WordXml xml, bool top, bool bottom)
    {
        xml.Start("x:border").Empty("x:left").Empty("x:right");
        Side(xml, "x:top", top);
        Side(xml, "x:bottom", bottom);
        xml.Empty("x:diagonal").End();
    }

    private static void Side(WordXml xml, string name, bool thin)
    {
        if (thin) xml.Start(name).Attr("style", "thin").Start("x:color").True("auto").End().End();
        else xml.Empty(name);
    }
}
