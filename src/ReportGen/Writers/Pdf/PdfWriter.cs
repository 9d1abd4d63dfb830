using PdfSharp.Pdf;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Theming;
using ReportGen.Writers.Pdf.Drawing;
using ReportGen.Writers.Pdf.Fonts;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Writers.Pdf;

/// <summary>
/// The publication copy: pages laid out by our own small layout layer (measure, then paginate, then draw)
/// and drawn with PDFsharp — tagged for screen readers, with bookmarks, embedded font subsets with Unicode
/// maps, an sRGB output intent, metadata from the data, and the same bytes for the same document. It claims
/// PDF/A-2a and PDF/UA-1 in its XMP when the file meets what they require of it (see <see cref="Claims"/>).
/// </summary>
public sealed partial class PdfWriter : IDocumentWriter
{
    /// <summary>The PDF does not claim PDF/A-2a and PDF/UA-1, and says why (RG0608).</summary>
    public const string ClaimWithheldCode = "RG0608";

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
        var usable = ThemeGuard.Usable(theme, warnings);
        var geometry = PageGeometry.From(usable, warnings);
        var text = new TextLayout(measurer, families, usable.Colours.Text, usable.Colours.Link, warnings);
        var flow = new FlowBuilder(text, new TableLayout(text, usable), usable, geometry).Build(document.Blocks);
        var style = new TableStyle(usable.Colours.Grid, usable.Colours.Rule, usable.Colours.HeaderFill, usable.Colours.GroupFill,
            usable.Spacing.TableCellPadding, usable.Spacing.TableCellPadding * 2, usable.Spacing.GridWidth, usable.Spacing.RuleWidth);
        var laidOut = new Paginator(geometry, style, warnings).Run(flow);
        laidOut = PageFurniture.Add(laidOut, document.Metadata, geometry, text, usable.Fonts.FooterSize, usable.Colours.DraftMark);

        using var pdf = new PdfDocument();
        var seed = Seed(document);
        var description = Describe(pdf, document.Metadata, seed);
        var structure = new PdfCanvas(pdf, measurer, geometry).Draw(laidOut, document.Metadata.Language);
        FixFontDescriptors(pdf);
        var claims = Claims(pdf, text, diagnostics);
        Report(diagnostics, text, families, warnings);
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        var catalog = PdfSharp.Pdf.Advanced.PdfInternals.GetObjectNumber(pdf.Internals.Catalog);
        PdfFinisher.Finish(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), output, XmpPacket.Write(description, claims), PdfDeterminism.SubsetTags(seed), catalog, structure.Write);
    }

    // A digest of everything that makes this document what it is, so the ids and tags derived from it change with it.
    private static string Seed(Document document)
    {
        var meta = document.Metadata;
        var date = meta.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var modified = meta.Modified.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var whole = string.Join("\n", meta.Title, meta.Version, meta.Status, date, modified, meta.Author, DocumentDump.Write(document));
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(whole)));
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
}
