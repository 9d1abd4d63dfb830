using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Formatting;

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

    private readonly Dictionary<(RowLook, CellLook, bool, bool), uint> formats = [];
    private readonly List<CellFormat> cellFormats = [new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }];
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
    public uint Index(CellStyle style, bool wraps = false)
    {
        var key = (style.Row, style.Look, style.ZeroAsDash, wraps);
        if (formats.TryGetValue(key, out var index)) return index;
        var numeric = style.Look is CellLook.Pounds or CellLook.Thousands or CellLook.Percent;
        var format = new CellFormat
        {
            NumberFormatId = NumberFormat(style),
            FontId = FontOf(style),
            FillId = style.Row == RowLook.Heading ? 2u : 0u,
            BorderId = style.Row switch { RowLook.Heading => 1u, RowLook.Total => 2u, _ => 0u },
            ApplyNumberFormat = true, ApplyFont = true, ApplyFill = true, ApplyBorder = true,
        };
        if (numeric || wraps || style.Row == RowLook.Heading || style.Look == CellLook.Technical)
        {
            format.ApplyAlignment = true;
            format.Alignment = new Alignment
            {
                Horizontal = numeric ? HorizontalAlignmentValues.Right : HorizontalAlignmentValues.Left,
                Vertical = VerticalAlignmentValues.Top,
                WrapText = wraps ? true : null,
                // A kind or id stands a little apart from the figure before it.
                Indent = style.Look == CellLook.Technical ? 1u : null,
            };
        }
        cellFormats.Add(format);
        return formats[key] = (uint)(cellFormats.Count - 1);
    }

    /// <summary>The styles part, with every style asked for so far.</summary>
    public Stylesheet Part() => new(
        new NumberingFormats(numberFormats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f })) { Count = (uint)numberFormats.Length },
        new Fonts(
            FontElement(bold: false, italic: false, size: 10, grey: false),
            FontElement(bold: true, italic: false, size: 10, grey: false),
            FontElement(bold: false, italic: true, size: 10, grey: false),
            FontElement(bold: true, italic: false, size: 12, grey: false),
            FontElement(bold: false, italic: false, size: 8, grey: true),
            FontElement(bold: false, italic: true, size: 8, grey: true)) { Count = 6 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(
            MakeBorder(null, null),
            MakeBorder(null, BorderStyleValues.Thin),
            MakeBorder(BorderStyleValues.Thin, null)) { Count = 3 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(cellFormats.Select(f => (CellFormat)f.CloneNode(true))) { Count = (uint)cellFormats.Count },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private uint NumberFormat(CellStyle style) => style.Look switch
    {
        CellLook.Pounds => style.ZeroAsDash ? 165u : 164u,
        CellLook.Thousands => style.ZeroAsDash ? 167u : 166u,
        CellLook.Percent => 168u,
        _ => 0u,
    };

    private static uint FontOf(CellStyle style) => (style.Row, style.Look) switch
    {
        (RowLook.Key, _) => 5,
        (RowLook.Title, _) => 3,
        (RowLook.Heading, _) => 1,
        (_, CellLook.Technical) => 4,
        (RowLook.Subtotal or RowLook.Total, _) => 1,
        (RowLook.Group or RowLook.Note, _) => 2,
        _ => 0,
    };

    private static DocumentFormat.OpenXml.Spreadsheet.Font FontElement(bool bold, bool italic, double size, bool grey)
    {
        var font = new DocumentFormat.OpenXml.Spreadsheet.Font();
        if (bold) font.Append(new Bold());
        if (italic) font.Append(new Italic());
        font.Append(new FontSize { Val = size });
        font.Append(grey ? new Color { Rgb = Grey } : new Color { Rgb = "FF000000" });
        font.Append(new FontName { Val = Font });
        font.Append(new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Border MakeBorder(BorderStyleValues? top, BorderStyleValues? bottom) => new(
        new LeftBorder(),
        new RightBorder(),
        top is { } t ? new TopBorder(new Color { Auto = true }) { Style = t } : new TopBorder(),
        bottom is { } b ? new BottomBorder(new Color { Auto = true }) { Style = b } : new BottomBorder(),
        new DiagonalBorder());
}
