using System.Collections.Immutable;
using Markdig.Syntax;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using Block = ReportGen.Documents.Block;

namespace ReportGen.Reading;

/// <summary>The document read from Markdown and every diagnostic; with errors, the document is incomplete and must not be written.</summary>
public sealed record ReadResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when reading found no errors.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// Reads the Markdown the templates made into our <see cref="Document"/>: Markdig parses it, and this walk
/// maps each node to a document block or inline. Numbered paragraphs get their numbers here, and
/// references their targets. A node we do not map is a warning naming the template line, never dropped.
/// </summary>
public sealed partial class DocumentReader
{
    private readonly DiagnosticBag diagnostics = new();
    private readonly SourceMap? sourceMap;
    private readonly string markdownName;
    private readonly Dictionary<string, int> labels = new(StringComparer.Ordinal);
    private readonly HashSet<string> headingIds = new(StringComparer.Ordinal);
    private int paragraphNumber;

    private DocumentReader(SourceMap? sourceMap, string markdownName)
    {
        this.sourceMap = sourceMap;
        this.markdownName = markdownName;
    }

    /// <summary>Reads <paramref name="markdown"/>; <paramref name="sourceMap"/> lets diagnostics name template lines.</summary>
    public static ReadResult Read(string markdown, DocumentMetadata metadata, SourceMap? sourceMap = null, string markdownName = "markdown")
    {
        var reader = new DocumentReader(sourceMap, markdownName);
        var ast = Markdig.Markdown.Parse(markdown, Reading.PaperMarkdown.Pipeline);
        var blocks = reader.ReadBlocks(ast);
        blocks = reader.ResolveReferences(blocks);
        return new ReadResult(new Document(metadata, blocks), reader.diagnostics.Items);
    }

    private SourceLocation Locate(int markdownLine) =>
        sourceMap?.Find(markdownLine) ?? new SourceLocation(markdownName, markdownLine + 1, 1);

    private void Warn(MarkdownObject node, string message) =>
        diagnostics.Warning("RG0310", Locate(Line(node)), message);

    private void Error(MarkdownObject node, string code, string message) =>
        diagnostics.Error(code, Locate(Line(node)), message);

    private static int Line(MarkdownObject node) => node switch
    {
        Markdig.Syntax.Block b => b.Line,
        Markdig.Syntax.Inlines.Inline i => i.Line,
        _ => 0,
    };

    private ImmutableArray<Block> ReadBlocks(ContainerBlock container)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var node in container)
        {
            var block = ReadBlock(node);
            if (block is null) continue;
            // A bullet list straight after a numbered paragraph belongs to it (the Plan objectives under paragraph 3).
            if (block is BulletList list && blocks.Count > 0 && blocks[^1] is NumberedParagraph owner)
                blocks[^1] = owner with { Children = owner.Children.Add(list) };
            else
                blocks.Add(block);
        }
        return blocks.ToImmutable();
    }
}
