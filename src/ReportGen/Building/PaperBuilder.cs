using System.Collections.Immutable;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Formatting;
using ReportGen.Model;
using ReportGen.Reading;
using ReportGen.Templating;
using ReportGen.Theming;

namespace ReportGen.Building;

/// <summary>A built paper: its document and theme when the build succeeded, the Markdown it came from, and every diagnostic.</summary>
public sealed record BuiltPaper(Document? Document, Theme? Theme, string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Every template file and the theme, with the size and SHA-256 of the bytes read, for the build's manifest.</summary>
    public IReadOnlyList<ManifestEntry> InputsRead { get; init; } = [];

    /// <summary>True when there is a document to write.</summary>
    public bool Succeeded => Document is not null && Theme is not null && Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>Runs the middle of the pipeline: paper → templates → Markdown → document.</summary>
public static class PaperBuilder
{
    /// <summary>Builds the document for <paramref name="paper"/> with the templates and theme in <paramref name="templateFolder"/>.</summary>
    public static BuiltPaper Build(BudgetPaper paper, string templateFolder, string generator, string? displayFolder = null)
    {
        displayFolder ??= templateFolder;
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(templateFolder))
        {
            diagnostics.Error("RG0300", new SourceLocation(displayFolder), "the template folder does not exist. Check --templates.");
            return new BuiltPaper(null, null, null, diagnostics.Items);
        }
        var theme = ThemeLoader.Load(templateFolder, displayFolder, diagnostics, out var themeRead);
        var rendered = TemplateRenderer.Render(paper, templateFolder, displayFolder);
        diagnostics.AddRange(rendered.Diagnostics);
        IReadOnlyList<ManifestEntry> inputs = themeRead is null ? rendered.TemplatesRead : [.. rendered.TemplatesRead, themeRead];
        if (!rendered.Succeeded) return new BuiltPaper(null, theme, null, diagnostics.Items) { InputsRead = inputs };

        var read = DocumentReader.Read(rendered.Markdown!, Metadata(paper, generator), rendered.SourceMap);
        diagnostics.AddRange(read.Diagnostics);
        return new BuiltPaper(read.Succeeded ? read.Document : null, theme, rendered.Markdown, diagnostics.Items) { InputsRead = inputs };
    }

    /// <summary>The document metadata a paper's data gives.</summary>
    public static DocumentMetadata Metadata(BudgetPaper paper, string generator) => new()
    {
        Title = paper.Report.Title,
        Subject = $"{paper.Meeting.Board}, {BritishDate.Format(paper.Meeting.Date)}",
        Author = paper.Report.Organisation,
        Keywords = [.. paper.Report.Keywords],
        Date = paper.Meeting.Date,
        Version = paper.Report.Version,
        IsDraft = paper.Report.Status == ReportStatus.Draft,
        Classification = paper.Report.Classification,
        FooterTitle = paper.Report.FooterTitle,
        Generator = generator,
    };
}
