using System.Collections.Immutable;
using ReportGen.Documents;
using ReportGen.Theming;
using Block = ReportGen.Documents.Block;
using ListItem = ReportGen.Documents.ListItem;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The walk over the document's blocks, writing Word paragraphs and tables into the body's XML. Paragraphs carry a
/// style and nothing else; the style id of each top-level paragraph is left as a slot that <see cref="Finish"/>
/// fills with the variant its place needs (next to a table, at the end of a list, at a page break), as only later
/// blocks tell. Holds the writer's state: bookmark and hyperlink ids, pending breaks.
/// </summary>
internal sealed partial class DocxBody(Theme theme, DocxStyles styles, SafeText safeText, Diagnostics.DiagnosticBag diagnostics)
{
    /// <summary>A top-level paragraph whose style waits for its neighbours: where its style id goes, and its place.</summary>
    private sealed class Slot(int offset, string style, bool newPage, bool afterTable)
    {
        public int Offset { get; } = offset;
        public string Style { get; } = style;
        public bool NewPage { get; } = newPage;
        public bool AfterTable { get; } = afterTable;
        public bool BeforeTable { get; set; }
        public int ListsEnding { get; set; }
        public string? Resolved { get; set; }
    }

    private enum Last { Nothing, Paragraph, Table }

    private readonly SafeText text = safeText;
    private readonly WordXml xml = WordXml.Part("w:document").Start("w:body");
    private readonly List<Slot> slots = [];
    private Last last;
    private bool pageBreakPending;
    // What is being written, for warnings: "the paragraph “…”", "the table “…”". Made only when a warning needs it.
    private string? placeName = "the document";
    private ImmutableArray<Inline> placeParagraph;
    private int nextBookmarkId;

    public void WriteBlocks(IEnumerable<Block> blocks)
    {
        var walk = new BlockWalk(this, listLevel: 0);
        foreach (var block in blocks) block.Accept(walk);
    }

    private sealed class BlockWalk(DocxBody body, int listLevel) : IBlockVisitor<Done>
    {
        public Done Visit(Heading h)
        {
            var style = h.Level switch { 1 => DocxStyles.Title, 2 => DocxStyles.Heading1, _ => DocxStyles.Heading2 };
            if (h.StartsPage) body.pageBreakPending = true;
            body.AppendParagraph(style, h.Content, bookmark: BookmarkName("_Toc_", h.Id));
            return Done.Value;
        }

        public Done Visit(Documents.Paragraph p)
        {
            var style = p.Role switch
            {
                ParagraphRole.TitleBlock => DocxStyles.TitleBlock,
                ParagraphRole.Signature => DocxStyles.Signature,
                ParagraphRole.Continuation => DocxStyles.Continuation,
                ParagraphRole.Note => DocxStyles.Note,
                _ => DocxStyles.Normal,
            };
            body.AppendParagraph(style, p.Content);
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            body.AppendParagraph(DocxStyles.NumberedParagraph, n.Content, bookmark: n.Label is null ? null : ReferenceBookmark(n.Label));
            var children = new BlockWalk(body, listLevel + 1);
            foreach (var child in n.Children) child.Accept(children);
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            foreach (var item in list.Items) body.WriteItem(item, listLevel);
            // The list's end is spaced on the last paragraph written, even when a table came after it.
            if (body.slots.Count > 0) body.slots[^1].ListsEnding++;
            return Done.Value;
        }

        public Done Visit(Documents.Table table)
        {
            body.WriteTable(table);
            return Done.Value;
        }

        public Done Visit(PageBreak pageBreak)
        {
            body.pageBreakPending = true;
            return Done.Value;
        }
    }

    private void WriteItem(ListItem item, int level)
    {
        var first = true;
        foreach (var block in item.Blocks)
        {
            if (block is Documents.Paragraph p)
                AppendParagraph(first ? DocxStyles.ListBullet(level) : DocxStyles.ListContinueStyle(level), p.Content);
            else
                block.Accept(new BlockWalk(this, level + 1));
            first = false;
        }
    }

    private void AppendParagraph(string style, ImmutableArray<Inline> content, string? bookmark = null)
    {
        placeName = null;
        placeParagraph = content;
        xml.Start("w:p").Raw("<w:pPr><w:pStyle w:val=\"");
        slots.Add(new Slot(xml.Length, style, pageBreakPending, afterTable: last == Last.Table));
        xml.Raw("\"/></w:pPr>");
        pageBreakPending = false;
        last = Last.Paragraph;
        if (bookmark is not null)
        {
            var id = nextBookmarkId++;
            xml.Start("w:bookmarkStart").Attr("w:name", bookmark).Attr("w:id", id).End();
            WriteInlines(content, RunFormat.None);
            xml.Start("w:bookmarkEnd").Attr("w:id", id).End();
        }
        else
            WriteInlines(content, RunFormat.None);
        xml.End();
    }

    /// <summary>
    /// Gives each paragraph the style variant for its place and closes the body with the section properties.
    /// Called once, after the last block.
    /// </summary>
    public void Finish(Action<WordXml> section)
    {
        foreach (var slot in slots)
            slot.Resolved = styles.For(slot.Style, new ParagraphContext(slot.AfterTable, slot.BeforeTable, slot.ListsEnding, slot.NewPage));
        section(xml);
        xml.End().End();
    }

    /// <summary>Writes word/document.xml: the body's XML with each paragraph's settled style spliced in.</summary>
    public void WriteTo(TextWriter output)
    {
        var from = 0;
        foreach (var slot in slots)
        {
            xml.WriteTo(output, from, slot.Offset);
            output.Write(slot.Resolved); // a style id of our own: letters, digits and underscores
            from = slot.Offset;
        }
        xml.WriteTo(output, from, xml.Length);
    }

    private string Place() => placeName ??= "the paragraph " + SafeText.Quote(Inlines.PlainText(placeParagraph));

    /// <summary>The bookmark a REF field points at for a labelled paragraph.</summary>
    internal static string ReferenceBookmark(string label) => BookmarkName("_Ref_", label);

    /// <summary>
    /// Word bookmark names: letters, digits and underscores, at most 40 characters; a leading "_" hides them
    /// from Word's bookmark list. A longer name is cut and ends in a hash of the whole, so it stays unique and stable.
    /// </summary>
    internal static string BookmarkName(string prefix, string key)
    {
        var name = prefix + string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        if (name.Length <= 40) return name;
        var hash = 2166136261u; // FNV-1a: stable across runs and machines, unlike string.GetHashCode
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return name[..31] + "_" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
