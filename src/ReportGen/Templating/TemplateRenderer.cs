using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Templating.Objects;
using ReportGen.Templating.Sets;
using ReportGen.TextPolicy;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportGen.Templating;

/// <summary>The Markdown a template folder made from a paper, with its source map and any diagnostics.</summary>
public sealed record RenderedMarkdown(string? Markdown, SourceMap SourceMap, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when rendering produced Markdown without errors.</summary>
    public bool Succeeded => Markdown is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>Every template file read while rendering, with the size and SHA-256 of the bytes read, for the build's manifest.</summary>
    public IReadOnlyList<ManifestEntry> TemplatesRead { get; init; } = [];
}

/// <summary>Renders a template folder's <c>paper.sbn</c> over a budget paper into Markdown.</summary>
public static class TemplateRenderer
{
    /// <summary>The template every folder starts from.</summary>
    public const string EntryTemplate = "paper.sbn";

    /// <summary>
    /// The most Markdown a template set may write, in characters. The largest data file (10 MB) prints each value
    /// about once; a template that writes far more is running away.
    /// </summary>
    public const int MaxOutputChars = 24 * 1024 * 1024;

    /// <summary>How long rendering may take before it is stopped; REPORTGEN_TEMPLATE_SECONDS overrides it.</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(10);

    /// <summary>Renders <paramref name="view"/> with the templates in <paramref name="folder"/>.</summary>
    /// <param name="displayFolder">How diagnostics name the folder (as the user wrote it).</param>
    /// <param name="timeBudget">How long rendering may take; <see cref="DefaultTimeBudget"/> when null.</param>
    public static RenderedMarkdown Render(PaperView view, string folder, string? displayFolder = null, TimeSpan? timeBudget = null) =>
        Render(view, new FolderTemplateSet(folder, displayFolder ?? folder), timeBudget);

    /// <summary>Renders <paramref name="view"/> with the templates of <paramref name="set"/>.</summary>
    /// <param name="timeBudget">How long rendering may take; <see cref="DefaultTimeBudget"/> when null.</param>
    public static RenderedMarkdown Render(PaperView view, TemplateSet set, TimeSpan? timeBudget = null)
    {
        var diagnostics = new DiagnosticBag();
        var entryPath = set.ShownFile(EntryTemplate);
        var emptyMap = new SourceMap();
        var loader = new TemplateSetLoader(set);
        if (!set.Has(EntryTemplate))
        {
            diagnostics.Error("RG0301", new SourceLocation(entryPath),
                $"the template set has no {EntryTemplate}. Point --templates at a set that has one (reportgen templates list shows them).");
            return new RenderedMarkdown(null, emptyMap, diagnostics.Items);
        }

        string entryText;
        try
        {
            entryText = loader.ReadTemplate(EntryTemplate, default);
        }
        catch (TemplateFileException ex)
        {
            diagnostics.Error(ex.Code, ex.At, ex.OriginalMessage);
            return new RenderedMarkdown(null, emptyMap, diagnostics.Items) { TemplatesRead = loader.Read };
        }
        var template = Template.Parse(entryText, entryPath, new ParserOptions { ParseFloatAsDecimal = true });
        if (template.HasErrors)
        {
            AddParserMessages(template.Messages, diagnostics);
            return new RenderedMarkdown(null, emptyMap, diagnostics.Items) { TemplatesRead = loader.Read };
        }

        var budget = timeBudget ?? TimeBudgetFromEnvironment() ?? DefaultTimeBudget;
        using var deadline = new CancellationTokenSource(budget);
        var context = new PaperTemplateContext(loader, MaxOutputChars, deadline.Token);
        var globals = TemplateFunctions.Create(view);
        TemplateModel.AddTo(globals, view);
        context.PushGlobal(globals);
        string? markdown = null;
        try
        {
            markdown = template.Render(context);
        }
        catch (ScriptAbortException ex)
        {
            diagnostics.Error("RG0333", Locate(ex.Span),
                $"the templates took longer than {budget.TotalSeconds:0.#} s to render and were stopped here. Look for a loop that does far more work than the paper needs.");
        }
        catch (TemplateFileException ex)
        {
            diagnostics.Error(ex.Code, ex.At, $"{ex.OriginalMessage} (included at {Locate(ex.Span)})");
        }
        catch (ScriptParserRuntimeException ex)
        {
            AddParserMessages(ex.ParserMessages, diagnostics);
        }
        catch (MissingDataException ex)
        {
            diagnostics.Error("RG0305", Locate(ex.Span), ex.OriginalMessage);
        }
        catch (UnknownFigureScriptException ex)
        {
            diagnostics.Error("RG0306", Locate(ex.Span), $"{ex.OriginalMessage} Fix the figure name here.");
        }
        catch (ScriptRuntimeException ex) when (ex.OriginalMessage.StartsWith("Rendered output exceeds OutputLimit", StringComparison.Ordinal))
        {
            diagnostics.Error("RG0332", Locate(ex.Span),
                $"the templates wrote more than {MaxOutputChars:N0} characters of Markdown and were stopped here: a loop writes far more than a paper needs, or the data's values are far longer than a paper's.");
        }
        catch (ScriptRuntimeException ex) when (ex.OriginalMessage.Contains("LimitToString", StringComparison.Ordinal))
        {
            diagnostics.Error("RG0332", Locate(ex.Span),
                $"the templates made a piece of text longer than {BudgetLoader.MaxFileBytes + 1:N0} characters (the largest a value can be) and were stopped here. Look for text built up in a loop.");
        }
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Error("RG0303", Locate(ex.Span), $"{Sentence(ex.OriginalMessage)} Fix the template here.");
        }
        if (markdown is not null && !diagnostics.HasErrors)
            markdown = MarkdownTextCheck.Clean(markdown, context.SourceMap.Find, diagnostics);
        return new RenderedMarkdown(diagnostics.HasErrors ? null : markdown, context.SourceMap, diagnostics.Items) { TemplatesRead = loader.Read };
    }

    private static TimeSpan? TimeBudgetFromEnvironment() =>
        double.TryParse(Environment.GetEnvironmentVariable("REPORTGEN_TEMPLATE_SECONDS"), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < 3600
            ? TimeSpan.FromSeconds(seconds) : null;

    private static void AddParserMessages(IEnumerable<LogMessage> messages, DiagnosticBag diagnostics)
    {
        foreach (var message in messages)
        {
            var at = Locate(message.Span);
            if (message.Type == ParserMessageType.Error)
                diagnostics.Error("RG0302", at, $"template syntax: {message.Message}");
            else
                diagnostics.Warning("RG0304", at, $"template: {message.Message}");
        }
    }

    private static string Sentence(string message) => message.TrimEnd().EndsWith('.') ? message.TrimEnd() : message.TrimEnd() + ".";

    private static SourceLocation Locate(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}
