using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax.Inlines;
using ReportGen.Documents;
using Emphasis = ReportGen.Documents.Emphasis;
using Inline = ReportGen.Documents.Inline;
using Link = ReportGen.Documents.Link;
using Text = ReportGen.Documents.Text;

namespace ReportGen.Reading;

public sealed partial class DocumentReader
{
    private ImmutableArray<Inline> ReadInlines(ContainerInline? container)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        if (container is null) return inlines.ToImmutable();
        var text = new StringBuilder();
        foreach (var node in container)
        {
            // Plain containers (left over from delimiters) carry no meaning of their own: read through them.
            if (node.GetType() == typeof(ContainerInline) || node is DelimiterInline)
            {
                foreach (var child in ReadInlines((ContainerInline)node)) Add(inlines, text, child);
                continue;
            }
            Add(inlines, text, ReadInline(node));
        }
        AddText(inlines, text);
        return inlines.ToImmutable();
    }

    // Markdig splits text at every escape, mark and line end; one run per stretch of plain text reads better.
    // The stretch is gathered in a builder: joining the strings one by one made a long paragraph quadratic.
    private static void Add(ImmutableArray<Inline>.Builder inlines, StringBuilder text, Inline? inline)
    {
        if (inline is Text run) text.Append(run.Value);
        else if (inline is not null)
        {
            AddText(inlines, text);
            inlines.Add(inline);
        }
    }

    private static void AddText(ImmutableArray<Inline>.Builder inlines, StringBuilder text)
    {
        if (text.Length == 0) return;
        inlines.Add(new Text(text.ToString()));
        text.Clear();
    }

    private Inline? ReadInline(Markdig.Syntax.Inlines.Inline node)
    {
        switch (node)
        {
            case LiteralInline literal:
                return literal.Content.Length == 0 ? null : new Text(literal.Content.ToString());
            case EmphasisInline { DelimiterCount: >= 3 } both:
                return new Strong([new Emphasis(ReadInlines(both))]);
            case EmphasisInline { DelimiterCount: 2 } strong:
                return new Strong(ReadInlines(strong));
            case EmphasisInline emphasis:
                return new Emphasis(ReadInlines(emphasis));
            case LinkInline { IsImage: true } image:
                Warn(image, "an image is printed as its description: the paper has no images.");
                return new Text(Inlines.PlainText(ReadInlines(image)));
            case LinkInline link:
                return new Link(link.Url ?? "", ReadInlines(link));
            case AutolinkInline autolink:
                return new Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [new Text(autolink.Url)]);
            case LineBreakInline lineBreak:
                return lineBreak.IsHard ? new LineBreak() : new Text(" ");
            case HtmlEntityInline entity:
                return new Text(entity.Transcoded.ToString());
            case CodeInline code:
                Warn(code, "inline code is printed as plain text: the paper has no code style.");
                return new Text(code.Content);
            case PaperMarkInline { Kind: PaperMarkKind.Paragraph } reference:
                if (reference.Value.Length == 0)
                {
                    Error(reference, "RG0314", "(@) numbers a paragraph only at its start. To refer to a paragraph, label it (@name) and write (@name) here.");
                    return null;
                }
                // Its number is known once every paragraph is read; until then it is 0, and the line is kept for errors.
                pendingReferences.Add((reference.Value, Line(reference)));
                return new ParagraphReference(reference.Value, 0);
            case PaperMarkInline row:
                Error(row, "RG0313", $"(={row.Value}) marks a table row and belongs at the start of its first cell.");
                return null;
            default:
                Warn(node, $"'{node.GetType().Name}' is not part of a board paper and is printed as text.");
                return new Text(node.ToString() ?? "");
        }
    }

    private static ImmutableArray<Inline> TrimStart(ImmutableArray<Inline> inlines) =>
        inlines.Length > 0 && inlines[0] is Text first
            ? first.Value.TrimStart() is { Length: > 0 } rest ? inlines.SetItem(0, new Text(rest)) : inlines.RemoveAt(0)
            : inlines;
}
