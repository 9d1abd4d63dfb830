using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace ReportGen.Reading;

/// <summary>What a paper mark says.</summary>
internal enum PaperMarkKind
{
    /// <summary><c>(@label)</c>: at the start of a paragraph, numbers it; anywhere else, refers to it.</summary>
    Paragraph,
    /// <summary><c>(=group)</c>, <c>(=subtotal)</c>, <c>(=total)</c>: at the start of a table row, sets its kind.</summary>
    Row,
}

/// <summary>A paper mark in the Markdig tree.</summary>
internal sealed class PaperMarkInline : LeafInline
{
    public required PaperMarkKind Kind { get; init; }
    public required string Value { get; init; }
}

/// <summary>
/// Parses the board paper's two marks, <c>(@label)</c> and <c>(=kind)</c> (the first after pandoc's
/// numbered examples). An escaped <c>\(</c> never reaches here, so escaped data cannot forge a mark.
/// </summary>
internal sealed class PaperMarkParser : InlineParser
{
    public PaperMarkParser() => OpeningCharacters = ['('];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var sigil = slice.PeekChar(1);
        if (sigil is not ('@' or '=')) return false;
        var text = slice.Text;
        var end = slice.Start + 2;
        while (end <= slice.End && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '_')) end++;
        if (end > slice.End || text[end] != ')') return false;
        var value = text[(slice.Start + 2)..end];
        if (sigil == '=' && value.Length == 0) return false;

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new PaperMarkInline
        {
            Kind = sigil == '@' ? PaperMarkKind.Paragraph : PaperMarkKind.Row,
            Value = value,
            Span = new Markdig.Syntax.SourceSpan(start, start + end - slice.Start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}

/// <summary>Adds the paper marks to a Markdig pipeline.</summary>
internal sealed class PaperMarkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<PaperMarkParser>())
            pipeline.InlineParsers.Insert(0, new PaperMarkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}

/// <summary>The one Markdig pipeline, configured once.</summary>
internal static class PaperMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGenericAttributes()
            .DisableHtml(); // HTML in a template is text, never markup passed through
        builder.Extensions.Add(new PaperMarkExtension());
        return builder.Build();
    }
}
