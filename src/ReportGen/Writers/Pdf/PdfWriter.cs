using PdfSharp.Pdf;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Theming;
using ReportGen.Writers.Pdf.Drawing;
using ReportGen.Writers.Pdf.Fonts;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Writers.Pdf;

/// <summary>
/// The publication copy: A4 pages laid out by our own small layout layer (measure, then paginate, then draw)
/// and drawn with PDFsharp — tagged for screen readers, with bookmarks, embedded font subsets with Unicode
/// maps, metadata from the data, and the same bytes for the same document.
/// </summary>
public sealed class PdfWriter : IDocumentWriter
{
    /// <inheritdoc/>
    public string Format => "pdf";

    /// <inheritdoc/>
    public string Extension => ".pdf";

    /// <inheritdoc/>
    public void Write(Document document, Theme theme, Stream output, DiagnosticBag diagnostics)
    {
        var families = theme.Fonts.Families.Where(f => FontLocator.Find(f) is not null).ToList();
        if (families.Count == 0)
        {
            diagnostics.Error("RG0601", new SourceLocation(ThemeLoader.FileName),
                $"none of the theme's fonts ({string.Join(", ", theme.Fonts.Families)}) is installed. Looked in: {string.Join(", ", FontLocator.Folders)}. " +
                "Install Liberation Sans (Debian: fonts-liberation2) or DejaVu Sans (fonts-dejavu-core), or name an installed family in theme.json.");
            return;
        }

        using var measurer = new PdfMeasurer();
        var warnings = new LayoutWarnings();
        var geometry = PageGeometry.From(theme, warnings);
        var text = new TextLayout(measurer, families, theme.Colours.Text, theme.Colours.Link, warnings);
        var flow = new FlowBuilder(text, new TableLayout(text, theme), theme, geometry).Build(document.Blocks);
        var style = new TableStyle(theme.Colours.Grid, theme.Colours.Rule, theme.Colours.HeaderFill, theme.Colours.GroupFill,
            theme.Spacing.TableCellPadding, theme.Spacing.TableCellPadding * 2, theme.Spacing.GridWidth, theme.Spacing.RuleWidth);
        var laidOut = new Paginator(geometry, style, warnings).Run(flow);
        laidOut = PageFurniture.Add(laidOut, document.Metadata, geometry, text, theme.Fonts.FooterSize, theme.Colours.DraftMark);
        Report(diagnostics, text, families, warnings);

        using var pdf = new PdfDocument();
        // Everything that makes this document what it is, so the ids and tags derived from it change with it.
        var meta = document.Metadata;
        var seed = string.Join("\n", meta.Title, meta.Version, meta.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture), meta.Author, DocumentDump.Write(document));
        Describe(pdf, document.Metadata, seed);
        new PdfCanvas(pdf, measurer, geometry, document.Metadata.Date).Draw(laidOut, document.Metadata.Language);
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        output.Write(PdfDeterminism.Fix(buffer.ToArray(), seed));
    }

    // Fonts and the page are the theme's; text problems are the document's, which the PDF names by excerpt.
    private static void Report(DiagnosticBag diagnostics, TextLayout text, List<string> families, LayoutWarnings warnings)
    {
        foreach (var (codePoint, context) in text.Missing)
            diagnostics.Warning("RG0602", new SourceLocation(ThemeLoader.FileName),
                $"the character '{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4}) in \"{context}\" is in none of the fonts {string.Join(", ", families)}, " +
                "so the PDF shows a box for it. Add a font that has it to the theme's families.");
        foreach (var warning in warnings.All())
            diagnostics.Warning(warning.Code, new SourceLocation(warning.Code == PageGeometry.AdjustedCode ? ThemeLoader.FileName : "pdf"), warning.Message);
    }

    private static void Describe(PdfDocument pdf, DocumentMetadata metadata, string seed)
    {
        var date = metadata.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.Title = metadata.Title;
        pdf.Info.Author = metadata.Author;
        pdf.Info.Subject = metadata.Subject;
        pdf.Info.Keywords = string.Join("; ", metadata.Keywords);
        pdf.Info.Creator = metadata.Generator;
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.PageMode = PdfPageMode.UseOutlines;
        // PDFsharp's compressed content streams end without a final deflate block, which qpdf flags.
        pdf.Options.CompressContentStreams = false;
        pdf.Internals.FirstDocumentID = PdfDeterminism.DocumentId(seed);
        pdf.Internals.SecondDocumentID = PdfDeterminism.DocumentId(seed + "/" + metadata.Version);
    }
}
