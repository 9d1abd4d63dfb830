namespace ReportGen.Writers.Docx;

/// <summary>Where a paragraph stands, when that changes its spacing or starts a page.</summary>
/// <param name="AfterTable">It follows a table: the PDF leaves 1.5 × the paragraph space below a table.</param>
/// <param name="BeforeTable">A table follows it: the PDF leaves half the paragraph space above a table.</param>
/// <param name="ListsEnding">How many bullet lists end with it: the PDF adds ⅔ of the paragraph space after each.</param>
/// <param name="NewPage">It starts a page (an appendix heading, the line after a forced page break), so has no space above.</param>
internal readonly record struct ParagraphContext(bool AfterTable, bool BeforeTable, int ListsEnding, bool NewPage);

internal sealed partial class DocxStyles
{
    /// <summary>The space the PDF leaves above a table.</summary>
    public double SpaceAboveTable => theme.Spacing.ParagraphAfter / 2;

    /// <summary>The space the PDF leaves below a table.</summary>
    public double SpaceBelowTable => theme.Spacing.ParagraphAfter * 1.5;

    /// <summary>
    /// The style for a paragraph of style <paramref name="baseId"/> in <paramref name="context"/>: the base itself, or a
    /// variant based on it with the context's spacing or page break. Word has no space around tables and no "end of
    /// list" spacing, and a style, unlike direct formatting, follows the officer's later restyling of the base.
    /// </summary>
    public string For(string baseId, ParagraphContext context)
    {
        if (context == default) return baseId;
        var names = new List<string>();
        var suffix = "";
        double before = 0, after = 0;
        if (context.NewPage) { names.Add("new page"); suffix += "_NewPage"; }
        else if (context.AfterTable) { names.Add("after a table"); suffix += "_AfterTable"; before += SpaceBelowTable; }
        if (context.BeforeTable) { names.Add("before a table"); suffix += "_BeforeTable"; after += SpaceAboveTable; }
        if (context.ListsEnding > 0)
        {
            names.Add(context.ListsEnding == 1 ? "end of list" : $"end of {context.ListsEnding} lists");
            suffix += $"_EndOf{context.ListsEnding}Lists";
            after += context.ListsEnding * theme.Spacing.ParagraphAfter * 2 / 3;
        }
        var id = baseId + suffix;
        if (!styles.ContainsKey(id))
        {
            // Word style names may not hold a comma (it separates aliases).
            var variant = styles[baseId].WithSpace(string.Join(" and ", names), suffix, before, after);
            // The PDF starts a page with no space above its first line; a forced break in Word keeps the space unless told.
            Add(context.NewPage ? variant with { PageBreakBefore = true, Before = 0 } : variant);
        }
        return id;
    }
}
