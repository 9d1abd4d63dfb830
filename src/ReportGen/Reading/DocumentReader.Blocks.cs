using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportGen.Documents;
using Block = ReportGen.Documents.Block;
using Heading = ReportGen.Documents.Heading;
using Paragraph = ReportGen.Documents.Paragraph;
using Table = ReportGen.Documents.Table;

namespace ReportGen.Reading;

public sealed partial class DocumentReader
{
    private Block? ReadBlock(Markdig.Syntax.Block node)
    {
        switch (node)
        {
            case HeadingBlock heading:
                return ReadHeading(heading);
            case ParagraphBlock paragraph:
                return ReadParagraph(paragraph);
            case ListBlock { IsOrdered: false } list:
                return ReadList(list);
            case ListBlock ordered:
                Warn(ordered, "an ordered list is printed as a bullet list. Number paragraphs with (@) or (@label) instead.");
                return ReadList(ordered);
            case Markdig.Extensions.Tables.Table table:
                return ReadTable(table);
            case ThematicBreakBlock:
                return new PageBreak();
            case LinkReferenceDefinitionGroup:
            case BlankLineBlock:
                return null; // definitions feed links; they are not content
            case CodeBlock code:
                Warn(code, "a code block is printed as a plain paragraph. Remove its indentation or fences.");
                return new Paragraph([new Text(CodeText(code))]);
            case QuoteBlock quote:
                Warn(quote, "a block quote is printed as plain paragraphs: the paper has no quotation style.");
                var inner = ReadBlocks(quote);
                return inner.Length == 1 ? inner[0] : new BulletList([new ListItem(inner)]);
            default:
                Warn(node, $"'{node.GetType().Name}' is not part of a board paper and is printed as text.");
                return new Paragraph([new Text(node.ToString() ?? "")]);
        }
    }

    private Heading ReadHeading(HeadingBlock heading)
    {
        var level = heading.Level;
        if (level > 3)
        {
            Warn(heading, $"heading level {level} is printed as level 3: the paper has three heading levels.");
            level = 3;
        }
        var content = ReadInlines(heading.Inline);
        var attributes = heading.TryGetAttributes();
        var id = UniqueId(attributes?.Id is { Length: > 0 } given ? given : Slug(Inlines.PlainText(content)));
        var startsPage = attributes?.Classes?.Contains("appendix") == true;
        return new Heading(level, content, id, startsPage);
    }

    private Block ReadParagraph(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is PaperMarkInline { Kind: PaperMarkKind.Paragraph } mark)
        {
            mark.Remove();
            var number = ++paragraphNumber;
            var label = mark.Value.Length == 0 ? null : mark.Value;
            if (label is not null && !labels.TryAdd(label, number))
                Error(paragraph, "RG0312", $"paragraph label '{label}' is used twice (paragraphs {labels[label]} and {number}). Give each labelled paragraph its own label.");
            return new NumberedParagraph(number, label, TrimStart(ReadInlines(paragraph.Inline)), []);
        }
        return new Paragraph(ReadInlines(paragraph.Inline), ReadRole(paragraph));
    }

    // A class on the line before a paragraph says what it is for: {.title-block}, {.signature}, {.continuation}, {.note}.
    private ParagraphRole ReadRole(ParagraphBlock paragraph)
    {
        var classes = paragraph.TryGetAttributes()?.Classes;
        if (classes is null || classes.Count == 0) return ParagraphRole.Body;
        if (classes.Count > 1)
            Error(paragraph, "RG0315", $"a paragraph has one role, but this one has {classes.Count}: {string.Join(", ", classes.Select(c => "." + c))}. Keep one of {RoleNames}.");
        switch (classes[0])
        {
            case "title-block": return ParagraphRole.TitleBlock;
            case "signature": return ParagraphRole.Signature;
            case "continuation": return ParagraphRole.Continuation;
            case "note": return ParagraphRole.Note;
            default:
                Error(paragraph, "RG0315", $"'.{classes[0]}' is not a paragraph role. Use one of {RoleNames}, or none for running text.");
                return ParagraphRole.Body;
        }
    }

    private const string RoleNames = ".title-block, .signature, .continuation, .note";

    private BulletList ReadList(ListBlock list)
    {
        var items = ImmutableArray.CreateBuilder<ListItem>();
        foreach (var item in list.OfType<ListItemBlock>())
            items.Add(new ListItem(ReadBlocks(item)));
        return new BulletList(items.ToImmutable());
    }

    private static string CodeText(CodeBlock code)
    {
        var text = new StringBuilder();
        foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
            text.Append(line.ToString()).Append(' ');
        return text.ToString().Trim();
    }

    private string UniqueId(string id)
    {
        if (id.Length == 0) id = "section";
        var unique = id;
        for (var n = 2; !headingIds.Add(unique); n++) unique = $"{id}-{n}";
        return unique;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
