using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ReportGen.Writers.Docx.Units;

namespace ReportGen.Writers.Docx;

/// <summary>
/// One paragraph style as the theme defines it: font size, exact line height (size × the theme's line height, as
/// the PDF sets lines), space before and after in points, and what else the role needs. Every style states its
/// spacing in full, so a style reads the same in Word's style pane as in the PDF's layout.
/// </summary>
internal sealed record DocxParagraphStyle(string Id, string Name, string? BasedOn, double Size, double LineHeight, double Before, double After)
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool KeepNext { get; init; }
    public bool PageBreakBefore { get; init; }
    public int? Outline { get; init; }
    public (int NumberingId, int Level)? Numbering { get; init; }
    public JustificationValues? Alignment { get; init; }
    /// <summary>Left indent in twips (a list item's further paragraphs line up with its text).</summary>
    public int? IndentLeft { get; init; }
    public string? Next { get; init; }
    /// <summary>Text colour as RRGGBB, when not the document's.</summary>
    public string? Colour { get; init; }
    /// <summary>True for styles Word lists in its gallery; variants for a context are not.</summary>
    public bool Primary { get; init; } = true;

    public Style ToStyle()
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = Id, Default = Id == DocxStyles.Normal ? true : null };
        style.Append(new StyleName { Val = Name });
        if (BasedOn is not null) style.Append(new BasedOn { Val = BasedOn });
        style.Append(new NextParagraphStyle { Val = Next ?? DocxStyles.Normal });
        if (Primary) style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (KeepNext) paragraph.Append(new KeepNext());
        if (PageBreakBefore) paragraph.Append(new PageBreakBefore());
        if (Numbering is { } n)
            paragraph.Append(new NumberingProperties(new NumberingLevelReference { Val = n.Level }, new NumberingId { Val = n.NumberingId }));
        paragraph.Append(new SpacingBetweenLines
        {
            Before = Text(TwipsFromPoints(Before)),
            After = Text(TwipsFromPoints(After)),
            Line = Text(TwipsFromPoints(LineHeight)),
            LineRule = LineSpacingRuleValues.Exact,
        });
        if (IndentLeft is { } left) paragraph.Append(new Indentation { Left = Text(left) });
        if (Alignment is { } alignment) paragraph.Append(new Justification { Val = alignment });
        if (Outline is { } level) paragraph.Append(new OutlineLevel { Val = level });
        style.Append(paragraph);
        var run = new List<OpenXmlElement>();
        if (Bold) run.AddRange([new Bold(), new BoldComplexScript()]);
        if (Italic) run.AddRange([new Italic(), new ItalicComplexScript()]);
        if (Colour is not null) run.Add(new Color { Val = Colour });
        run.Add(new FontSize { Val = HalfPoints(Size) });
        run.Add(new FontSizeComplexScript { Val = HalfPoints(Size) });
        style.Append(new StyleRunProperties(run));
        return style;
    }

    /// <summary>
    /// This style with more space before or after, for a place the PDF spaces differently: next to a table (Word has
    /// no space around tables) or at the end of a list. Based on this style, so restyling the base restyles it. The
    /// numbering is inherited, not restated: LibreOffice drops a list from a derived style that restates it.
    /// </summary>
    public DocxParagraphStyle WithSpace(string context, string idSuffix, double moreBefore, double moreAfter) =>
        this with
        {
            Id = Id + idSuffix, Name = $"{Name} ({context})", BasedOn = Id,
            Before = Before + moreBefore, After = After + moreAfter, Next = Id, Primary = false, Numbering = null,
        };
}
