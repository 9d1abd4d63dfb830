using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;
using ReportGen.Templating.Objects;
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
}

/// <summary>Renders a template folder's <c>paper.sbn</c> over a budget paper into Markdown.</summary>
public static class TemplateRenderer
{
    /// <summary>The template every folder starts from.</summary>
    public const string EntryTemplate = "paper.sbn";

    /// <summary>Renders <paramref name="view"/> with the templates in <paramref name="folder"/>.</summary>
    /// <param name="displayFolder">How diagnostics name the folder (as the user wrote it).</param>
    public static RenderedMarkdown Render(PaperView view, string folder, string? displayFolder = null)
    {
        displayFolder ??= folder;
        var diagnostics = new DiagnosticBag();
        var entryPath = Path.Combine(displayFolder, EntryTemplate);
        var emptyMap = new SourceMap();
        if (!File.Exists(Path.Combine(folder, EntryTemplate)))
        {
            diagnostics.Error("RG0301", new SourceLocation(entryPath),
                $"the template folder has no {EntryTemplate}. Point --templates at a folder that has one (see templates/board-paper).");
            return new RenderedMarkdown(null, emptyMap, diagnostics.Items);
        }

        var template = Template.Parse(File.ReadAllText(Path.Combine(folder, EntryTemplate)), entryPath,
            new ParserOptions { ParseFloatAsDecimal = true });
        if (template.HasErrors)
        {
            AddParserMessages(template.Messages, diagnostics);
            return new RenderedMarkdown(null, emptyMap, diagnostics.Items);
        }

        var context = new PaperTemplateContext(new TemplateFolderLoader(folder, displayFolder));
        PrepareBuiltins(context);
        var globals = TemplateFunctions.Create(view);
        TemplateModel.AddTo(globals, view);
        context.PushGlobal(globals);
        string? markdown = null;
        try
        {
            markdown = template.Render(context);
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
        catch (ScriptRuntimeException ex)
        {
            diagnostics.Error("RG0303", Locate(ex.Span), $"{Sentence(ex.OriginalMessage)} Fix the template here.");
        }
        return new RenderedMarkdown(diagnostics.HasErrors ? null : markdown, context.SourceMap, diagnostics.Items);
    }

    private static void PrepareBuiltins(TemplateContext context)
    {
        var builtins = (ScriptObject)context.BuiltinObject;
        // Templates must not read the clock: the same data must always give the same paper.
        if (builtins["date"] is ScriptObject date) date.Remove("now");
        // An included template's text is Markdown already; the wrapper stops it being escaped twice.
        var include = (IScriptCustomFunction)builtins["include"]!;
        builtins.Remove("include");
        builtins.SetValue("include", new MarkdownInclude(include), readOnly: true);
    }

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
