using ReportGen.Documents;
using ReportGen.Theming;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The styles part, from the theme. Every look the paper has is a named style — headings, numbered paragraphs,
/// bullets, the title block, the signature, "continued" lines, notes, and table text by row kind (heading, group,
/// sub-total, total) and column (text, amount) — so the body carries style names, not formatting, and an officer
/// restyling the paper in Word changes a style. Spacing and exact line heights are the PDF's. Where the PDF spaces a
/// paragraph by its context (next to a table, at the end of a list, at a forced page break) the paragraph takes a
/// variant of its style, made here when first asked for.
/// </summary>
internal sealed partial class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string NumberedParagraph = "NumberedParagraph";
    public const string ListContinue = "ListContinue";
    public const string Footer = "Footer";
    public const string Header = "Header";
    public const string Hyperlink = "Hyperlink";
    public const string BudgetTable = "BudgetTable";
    public const string TableNormal = "TableNormal";
    public const string TitleBlock = "TitleBlock";
    public const string Signature = "Signature";
    public const string Continuation = "Continuation";
    public const string Note = "Note";
    public const string TableSeparator = "TableSeparator";

    private readonly Theme theme;
    private readonly Dictionary<string, DocxParagraphStyle> styles = new(StringComparer.Ordinal);
    private readonly List<DocxParagraphStyle> order = [];

    public DocxStyles(Theme theme)
    {
        this.theme = theme;
        var f = theme.Fonts;
        var s = theme.Spacing;
        var lh = s.LineHeight;
        DocxParagraphStyle Body(string id, string name, double size) => new(id, name, Normal, size, size * lh, 0, s.ParagraphAfter);
        DocxParagraphStyle Heading(string id, string name, double size, int? outline) =>
            new(id, name, Normal, size, size * lh, s.HeadingBefore, s.HeadingAfter) { Bold = true, KeepNext = true, Outline = outline };

        Add(new DocxParagraphStyle(Normal, "Normal", null, f.BodySize, f.BodySize * lh, 0, s.ParagraphAfter));
        Add(Heading(Title, "Title", f.TitleSize, null));
        Add(Heading(Heading1, "heading 1", f.HeadingSize, 0));
        Add(Heading(Heading2, "heading 2", f.SubheadingSize, 1));
        Add(Body(NumberedParagraph, "Numbered Paragraph", f.BodySize) with { Numbering = (DocxNumbering.ParagraphNumbers, 0) });
        for (var level = 0; level < DocxNumbering.BulletLevels; level++)
        {
            var suffix = level == 0 ? "" : $" {level + 1}";
            Add(Body(ListBullet(level), "List Bullet" + suffix, f.BodySize) with { After = s.ListItemAfter, Numbering = (DocxNumbering.Bullets, level) });
            Add(Body(ListContinue + (level == 0 ? "" : level + 1), "List Continue" + suffix, f.BodySize) with
            {
                After = s.ListItemAfter, IndentLeft = DocxNumbering.BulletTextIndent(theme, level),
            });
        }
        Add(Body(TitleBlock, "Title Block", f.BodySize) with { Bold = true, KeepNext = true });
        Add(Body(Signature, "Signature", f.BodySize));
        Add(Body(Continuation, "Continuation", f.BodySize) with { Bold = true, KeepNext = true });
        Add(Body(Note, "Note", f.TableSize));
        Add(Body(Footer, "footer", f.FooterSize) with { After = 0 });
        Add(Body(Header, "header", f.FooterSize * 1.5) with
        {
            After = 0, Bold = true, Alignment = "center", Colour = Colour(theme.Colours.DraftMark),
        });
        AddTableTextStyles();
    }

    /// <summary>The bullet style for a list nesting level (0 = outermost), capped at the deepest level defined.</summary>
    public static string ListBullet(int level) => "ListBullet" + (Math.Min(level, DocxNumbering.BulletLevels - 1) is var l && l == 0 ? "" : (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The paragraph style for a list item's further paragraphs at a nesting level.</summary>
    public static string ListContinueStyle(int level) => ListContinue + (Math.Min(level, DocxNumbering.BulletLevels - 1) is var l && l == 0 ? "" : (l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void Add(DocxParagraphStyle style)
    {
        styles.Add(style.Id, style);
        order.Add(style);
    }

    /// <summary>The styles part: defaults, every paragraph style (variants last), Hyperlink, the table styles.</summary>
    public WordXml Part()
    {
        var font = theme.Fonts.Families[0];
        var size = HalfPoints(theme.Fonts.BodySize);
        var xml = WordXml.Part("w:styles");
        xml.Start("w:docDefaults").Start("w:rPrDefault").Start("w:rPr")
            .Start("w:rFonts").Attr("w:ascii", font).Attr("w:hAnsi", font).Attr("w:eastAsia", font).Attr("w:cs", font).End()
            .Val("w:color", Colour(theme.Colours.Text))
            .Val("w:sz", size)
            .Val("w:szCs", size)
            .Start("w:lang").Attr("w:val", "en-GB").Attr("w:eastAsia", "en-GB").Attr("w:bidi", "en-GB").End()
            .End().End()
            // Widow and orphan control on, as the PDF never leaves one line of a paragraph alone.
            .Start("w:pPrDefault").Start("w:pPr").Empty("w:widowControl").End().End()
            .End();
        foreach (var style in order) style.Write(xml);
        xml.Start("w:style").Attr("w:type", "character").Attr("w:styleId", Hyperlink)
            .Val("w:name", "Hyperlink")
            .Val("w:uiPriority", 99)
            .Start("w:rPr").Val("w:color", Colour(theme.Colours.Link)).Val("w:u", "single").End()
            .End();
        DocxTableStyle.TableNormal(xml);
        DocxTableStyle.Create(xml, theme);
        return xml.End();
    }
}
