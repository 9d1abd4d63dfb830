using System.Collections.Immutable;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;
using ReportGen.Reading;
using ReportGen.Templating;
using ReportGen.Templating.Sets;
using ReportGen.Theming;
using ReportGen.Validation;

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
    /// <summary>Builds the document for <paramref name="paper"/>, whose figures are <paramref name="figures"/>, with the templates and theme in <paramref name="templateFolder"/>.</summary>
    /// <param name="edition">The public edition (the default) withholds exempt information; the full edition prints it, marked.</param>
    public static BuiltPaper Build(BudgetPaper paper, PaperFigures figures, string templateFolder, string generator, string? displayFolder = null,
        Edition edition = Edition.Public)
    {
        if (!Directory.Exists(templateFolder))
        {
            var missing = new DiagnosticBag();
            missing.Error("RG0300", new SourceLocation(displayFolder ?? templateFolder), "the template folder does not exist. Check --templates.");
            return new BuiltPaper(null, null, null, missing.Items);
        }
        return Build(paper, figures, new FolderTemplateSet(templateFolder, displayFolder ?? templateFolder), generator, edition);
    }

    /// <summary>Builds the document for <paramref name="paper"/> with the templates and theme of <paramref name="set"/>.</summary>
    /// <param name="edition">The public edition (the default) withholds exempt information; the full edition prints it, marked.</param>
    public static BuiltPaper Build(BudgetPaper paper, PaperFigures figures, TemplateSet set, string generator, Edition edition = Edition.Public)
    {
        var diagnostics = new DiagnosticBag();
        var theme = ThemeLoader.Load(set, diagnostics, out var themeRead);
        // With no usable theme the build stops below; the default format lets rendering report its own problems too.
        var money = theme?.Numbers.ToMoneyFormat() ?? new MoneyFormat();
        // The public edition prints totals without the amounts an exemption keeps out of them.
        var printed = edition == Edition.Public && Editions.ForPublicTotals(paper) is { } withheld ? PaperFigures.Compute(withheld, figures.Columns) : figures;
        var rendered = TemplateRenderer.Render(new PaperView(paper, printed, money, edition == Edition.Public), set);
        diagnostics.AddRange(rendered.Diagnostics);
        IReadOnlyList<ManifestEntry> inputs = themeRead is null ? rendered.TemplatesRead : [.. rendered.TemplatesRead, themeRead];
        if (!rendered.Succeeded) return new BuiltPaper(null, theme, null, diagnostics.Items) { InputsRead = inputs };

        var metadata = Metadata(paper, figures, generator, printed);
        if (edition == Edition.Full) metadata = metadata with { PageMarks = [Editions.NotForPublication] };
        var read = DocumentReader.Read(rendered.Markdown!, metadata, rendered.SourceMap);
        diagnostics.AddRange(read.Diagnostics);
        return new BuiltPaper(read.Succeeded ? read.Document : null, theme, rendered.Markdown, diagnostics.Items) { InputsRead = inputs };
    }

    /// <summary>The document metadata a paper's data gives; every date from the data, never the clock.</summary>
    /// <param name="printed">The figures the edition prints when they leave out withheld amounts; <paramref name="figures"/> when null.</param>
    public static DocumentMetadata Metadata(BudgetPaper paper, PaperFigures figures, string generator, PaperFigures? printed = null)
    {
        var corrected = paper.Report.CorrectionNotes != false && Corrections.Printed(figures, printed ?? figures).Count > 0;
        var report = paper.Report;
        var date = paper.Date ?? BudgetValidator.EarliestDate;
        var latest = report.Amendments.OrderBy(a => a.Date).LastOrDefault();
        return new()
        {
            Title = report.Title,
            Subject = paper.Meeting is { } meeting ? $"{meeting.Board}, {BritishDate.Format(meeting.Date)}" : report.Organisation,
            Author = report.Organisation,
            Keywords = [.. report.Keywords],
            Date = date,
            Modified = latest is null || latest.Date < date ? date : latest.Date,
            Version = report.Version,
            IsDraft = report.Status == ReportStatus.Draft,
            VersionNote = report.Status == ReportStatus.Draft ? $"Draft version {report.Version}"
                : latest is not null ? $"Version {report.Version}, amended {BritishDate.Format(latest.Date)}"
                : corrected ? $"Version {report.Version}, correcting figures as published" : null,
            Classification = report.Classification,
            FooterTitle = report.FooterTitle,
            Generator = generator,
        };
    }
}
