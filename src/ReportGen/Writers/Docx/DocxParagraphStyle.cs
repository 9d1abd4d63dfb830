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
    /// <summary>Word's justification ("right", "center"), when not the left.</summary>
    public string? Alignment { get; init; }
    /// <summary>Left indent in twips (a list item's further paragraphs line up with its text).</summary>
    public int? IndentLeft { get; init; }
    public string? Next { get; init; }
    /// <summary>Text colour as RRGGBB, when not the document's.</summary>
    public string? Colour { get; init; }
    /// <summary>True for styles Word lists in its gallery; variants for a context are not.</summary>
    public bool Primary { get; init; } = true;

    public void Write(WordXml xml)
    {
        xml.Start("w:style").Attr("w:type", "paragraph").Attr("w:styleId", Id);
        if (Id == DocxStyles.Normal) xml.Attr("w:default", true);
        xml.Val("w:name", Name);
        if (BasedOn is not null) xml.Val("w:basedOn", BasedOn);
        xml.Val("w:next", Next ?? DocxStyles.Normal);
        if (Primary) xml.Empty("w:qFormat");
        xml.Start("w:pPr");
        if (KeepNext) xml.Empty("w:keepNext");
        if (PageBreakBefore) xml.Empty("w:pageBreakBefore");
        if (Numbering is { } n)
            xml.Start("w:numPr").Val("w:ilvl", n.Level).Val("w:numId", n.NumberingId).End();
        xml.Start("w:spacing")
            .Attr("w:before", TwipsFromPoints(Before))
            .Attr("w:after", TwipsFromPoints(After))
            .Attr("w:line", TwipsFromPoints(LineHeight))
            .Attr("w:lineRule", "exact").End();
        if (IndentLeft is { } left) xml.Start("w:ind").Attr("w:left", left).End();
        if (Alignment is { } alignment) xml.Val("w:jc", alignment);
        if (Outline is { } level) xml.Val("w:outlineLvl", level);
        xml.End().Start("w:rPr");
        if (Bold) xml.Empty("w:b").Empty("w:bCs");
        if (Italic) xml.Empty("w:i").Empty("w:iCs");
        if (Colour is not null) xml.Val("w:color", Colour);
        xml.Val("w:sz", HalfPoints(Size)).Val("w:szCs", HalfPoints(Size));
        xml.End().End();
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
