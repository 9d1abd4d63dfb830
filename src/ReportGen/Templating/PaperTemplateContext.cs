using System.Text;
using ReportGen.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>
/// The Scriban context for board-paper templates: strict, limited, and escaping. Everything an
/// expression writes is Markdown-escaped unless one of our functions returned <see cref="RawMarkdown"/>,
/// so data can never inject Markdown; literal template text is written as it stands. It also records
/// which template line wrote each output line, across includes.
/// </summary>
internal sealed class PaperTemplateContext : TemplateContext
{
    // One frame per output being written: the page itself, and each include while it renders.
    private sealed class Frame
    {
        public StringBuilder? Builder;
        public int Scanned;
        public int Line;
        public SourceMap Map = new();
    }

    private readonly Stack<Frame> frames = new([new Frame()]);

    /// <param name="maxOutputChars">The most Markdown the templates may write; more is an error, never a silent cut.</param>
    /// <param name="deadline">Cancelled when rendering has taken too long.</param>
    public PaperTemplateContext(ITemplateLoader loader, int maxOutputChars, CancellationToken deadline) : base(new LazyBuiltins())
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        EnableNullIndexer = false;
        // A 10,000-line budget walks its lines a few times over; the default 1,000 is cumulative and far too low.
        LoopLimit = 250_000;
        RecursiveLimit = 64;
        // Scriban truncates silently by default; a paper cut short without a word is worse than an error.
        OutputLimit = maxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        // Any one value may be as long as the whole data file, and no longer.
        LimitToString = (int)Loading.BudgetLoader.MaxFileBytes + 1;
        OnStringLimit = ScriptLimitBehavior.Throw;
        CancellationToken = deadline;
        NewLine = "\n";
        TemplateLoaderParserOptions = new ParserOptions { ParseFloatAsDecimal = true };
    }

    /// <summary>The map of the page's own output; valid once rendering has finished.</summary>
    public SourceMap SourceMap => frames.Peek().Map;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawMarkdown raw:
                var frame = frames.Peek();
                var line = CurrentLine(frame);
                foreach (var origin in raw.Origins)
                    frame.Map.Add(origin with { OutputLine = origin.OutputLine + line });
                return base.Write(span, raw.Text);
            default:
                return base.Write(span, MarkdownText.Escape(ObjectToString(textAsObject, nested: false) ?? ""));
        }
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        // Loops check the deadline themselves; this catches everything else (deep recursion of includes, long
        // straight-line templates) at every node.
        CheckAbort();
        if (scriptNode is ScriptRawStatement or ScriptExpressionStatement)
        {
            var frame = frames.Peek();
            var span = scriptNode.Span;
            frame.Map.Add(new SourceMapEntry(CurrentLine(frame), span.FileName, span.Start.Line + 1, scriptNode is ScriptRawStatement));
        }
        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    // An optional part the data leaves out is false to "if", so templates can test for it before using it.
    public override bool ToBool(SourceSpan span, object? value) => value is not Objects.MissingPart && base.ToBool(span, value);

    /// <summary>Starts mapping an included template's output on its own.</summary>
    public void BeginInclude() => frames.Push(new Frame());

    /// <summary>Ends an include, returning where its output lines came from.</summary>
    public IReadOnlyList<SourceMapEntry> EndInclude() => frames.Pop().Map.Entries;

    private int CurrentLine(Frame frame)
    {
        var builder = ((StringBuilderOutput)Output).Builder;
        if (!ReferenceEquals(frame.Builder, builder))
        {
            frame.Builder = builder;
            frame.Scanned = 0;
            frame.Line = 0;
        }
        // Only the text written since the last look is counted, copied out in one piece: the builder's
        // indexer, char by char, made a 60,000-line budget take 15 s here instead of 1.
        if (builder.Length > frame.Scanned)
            frame.Line += builder.ToString(frame.Scanned, builder.Length - frame.Scanned).AsSpan().Count('\n');
        frame.Scanned = builder.Length;
        return frame.Line;
    }
}
