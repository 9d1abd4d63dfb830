using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Theming;
using Block = ReportGen.Documents.Block;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using ListItem = ReportGen.Documents.ListItem;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The walk over the document's blocks, appending Word paragraphs and tables to the body. Paragraphs carry a
/// style and nothing else; <see cref="Finish"/> then gives each the variant its place needs (next to a table, at
/// the end of a list, at a page break). Holds the writer's state: bookmark and hyperlink ids, pending breaks.
/// </summary>
internal sealed partial class DocxBody(MainDocumentPart main, Theme theme, DocxStyles styles, SafeText safeText, Diagnostics.DiagnosticBag diagnostics)
{
    private readonly SafeText text = safeText;
    private readonly Dictionary<string, string?> hyperlinkIds = new(StringComparer.Ordinal);
    // Each styled paragraph's base style, how many lists end with it, and whether it starts a page.
    private readonly Dictionary<Paragraph, (string Style, int ListsEnding, bool NewPage)> placed = [];
    private Paragraph? lastParagraph;
    private bool pageBreakPending;
    // What is being written, for warnings: "the paragraph “…”", "table “…”, row 3".
    private string place = "the document";
    private uint nextBookmarkId;

    public Body Element { get; } = new();

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
            if (body.lastParagraph is { } last && body.placed.TryGetValue(last, out var entry))
                body.placed[last] = entry with { ListsEnding = entry.ListsEnding + 1 };
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
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        place = "the paragraph " + SafeText.Quote(Inlines.PlainText(content));
        placed[paragraph] = (style, 0, pageBreakPending);
        pageBreakPending = false;
        if (bookmark is not null)
        {
            var id = (nextBookmarkId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = id, Name = bookmark });
            AppendInlines(paragraph, content, RunFormat.None);
            paragraph.Append(new BookmarkEnd { Id = id });
        }
        else
            AppendInlines(paragraph, content, RunFormat.None);
        Element.Append(paragraph);
        lastParagraph = paragraph;
    }

    /// <summary>
    /// Gives each paragraph the style variant for its place, and puts a Table Separator between two tables that
    /// touch (Word would join them). Called once, after the last block.
    /// </summary>
    public void Finish()
    {
        var children = Element.ChildElements.ToList();
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is DocumentFormat.OpenXml.Wordprocessing.Table && i + 1 < children.Count && children[i + 1] is DocumentFormat.OpenXml.Wordprocessing.Table)
                children[i].InsertAfterSelf(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableSeparator })));
            if (children[i] is not Paragraph paragraph || !placed.TryGetValue(paragraph, out var entry)) continue;
            var context = new ParagraphContext(
                AfterTable: i > 0 && children[i - 1] is DocumentFormat.OpenXml.Wordprocessing.Table,
                BeforeTable: i + 1 < children.Count && children[i + 1] is DocumentFormat.OpenXml.Wordprocessing.Table,
                entry.ListsEnding, entry.NewPage);
            paragraph.ParagraphProperties!.ParagraphStyleId!.Val = styles.For(entry.Style, context);
        }
    }

    private string Place() => place;

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
