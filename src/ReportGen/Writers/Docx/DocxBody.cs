using System.Collections.Immutable;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Theming;
using Block = ReportGen.Documents.Block;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = ReportGen.Documents.Table;
using ListItem = ReportGen.Documents.ListItem;

namespace ReportGen.Writers.Docx;

/// <summary>
/// The walk over the document's blocks, appending Word paragraphs and tables to the body.
/// Holds the writer's state: bookmark and hyperlink ids, and a page break waiting for the next paragraph.
/// </summary>
internal sealed partial class DocxBody(MainDocumentPart main, Theme theme)
{
    private readonly Dictionary<string, string> hyperlinkIds = new(StringComparer.Ordinal);
    private bool pageBreakPending;
    private uint nextBookmarkId;

    public Body Element { get; } = new();

    public void Append(DocumentFormat.OpenXml.OpenXmlElement element) => Element.Append(element);

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
            body.Append(body.Paragraph(style, h.Content, bookmark: BookmarkName("_Toc_", h.Id)));
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
                _ => null,
            };
            body.Append(body.Paragraph(style, p.Content));
            return Done.Value;
        }

        public Done Visit(NumberedParagraph n)
        {
            body.Append(body.Paragraph(DocxStyles.NumberedParagraph, n.Content, bookmark: n.Label is null ? null : ReferenceBookmark(n.Label)));
            var children = new BlockWalk(body, listLevel + 1);
            foreach (var child in n.Children) child.Accept(children);
            return Done.Value;
        }

        public Done Visit(BulletList list)
        {
            foreach (var item in list.Items) body.WriteItem(item, listLevel);
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
        foreach (var block in item.Blocks)
        {
            if (block is Documents.Paragraph p)
            {
                var paragraph = Paragraph(DocxStyles.ListBullet, p.Content);
                paragraph.ParagraphProperties!.Append(new NumberingProperties(
                    new NumberingLevelReference { Val = Math.Min(level, 2) }, new NumberingId { Val = DocxNumbering.Bullets }));
                Append(paragraph);
            }
            else
                block.Accept(new BlockWalk(this, level + 1));
        }
    }

    private Paragraph Paragraph(string? style, ImmutableArray<Inline> content, string? bookmark = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (pageBreakPending)
        {
            properties.Append(new PageBreakBefore());
            pageBreakPending = false;
        }
        var paragraph = properties.HasChildren ? new Paragraph(properties) : new Paragraph();
        if (bookmark is not null)
        {
            var id = (nextBookmarkId++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = id, Name = bookmark });
            AppendInlines(paragraph, content, RunFormat.None);
            paragraph.Append(new BookmarkEnd { Id = id });
        }
        else
            AppendInlines(paragraph, content, RunFormat.None);
        return paragraph;
    }

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
