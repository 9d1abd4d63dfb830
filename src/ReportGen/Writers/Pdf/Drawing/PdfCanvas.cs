using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// The one class that draws with PDFsharp: it replays the layout's operations in order — pages, structure
/// tags, artifacts, text, rules, links and bookmarks — onto a tagged PDF document.
/// </summary>
internal sealed class PdfCanvas(PdfDocument document, PdfMeasurer measurer, PageGeometry geometry, DateOnly date)
{
    private readonly UAManager accessibility = UAManager.ForDocument(document);
    private readonly Dictionary<string, XPen> pens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XBrush> brushes = new(StringComparer.Ordinal);
    private XGraphics? graphics;
    private PdfPage? page;
    private PdfOutline? section;

    private StructureBuilder Structure => accessibility.StructureBuilder;

    public void Draw(LaidOutDocument laidOut, string language)
    {
        accessibility.SetDocumentLanguage(language);
        var anchors = laidOut.Ops.Aggregate((Page: 0, Map: new Dictionary<int, int>()), (state, op) =>
        {
            if (op is StartPage start) state.Page = start.Number;
            if (op is Anchor anchor) state.Map[anchor.Number] = state.Page;
            return state;
        }).Map;

        foreach (var op in laidOut.Ops)
        {
            switch (op)
            {
                case StartPage: NewPage(); break;
                case BeginTag tag: Begin(tag); break;
                case EndTag or EndArtifact: Structure.End(); break;
                case BeginArtifact: Structure.BeginArtifact(); break;
                case DrawText text: Text(text, anchors); break;
                case DrawLine line: graphics!.DrawLine(Pen(line.Colour, line.Width), line.X1, line.Y1, line.X2, line.Y2); break;
                case FillRect fill: graphics!.DrawRectangle(Brush(fill.Colour), fill.X, fill.Y, fill.Width, fill.Height); break;
                case Bookmark bookmark: AddBookmark(bookmark); break;
            }
        }
        graphics?.Dispose();
    }

    private void NewPage()
    {
        // Close any open marked content while this page's graphics still exist: PDFsharp would otherwise
        // close it when the next page is added, against graphics already disposed.
        if (graphics is not null) Structure.EndMarkedContentsWithId();
        graphics?.Dispose();
        page = document.AddPage();
        page.Width = XUnit.FromPoint(geometry.Width);
        page.Height = XUnit.FromPoint(geometry.Height);
        graphics = XGraphics.FromPdfPage(page);
    }

    private void Begin(BeginTag tag)
    {
        Structure.BeginElement(tag.Tag switch
        {
            Tag.H1 => PdfBlockLevelElementTag.Heading1,
            Tag.H2 => PdfBlockLevelElementTag.Heading2,
            Tag.H3 => PdfBlockLevelElementTag.Heading3,
            Tag.P => PdfBlockLevelElementTag.Paragraph,
            Tag.L => PdfBlockLevelElementTag.List,
            Tag.LI => PdfBlockLevelElementTag.ListItem,
            Tag.Lbl => PdfBlockLevelElementTag.Label,
            Tag.LBody => PdfBlockLevelElementTag.ListBody,
            Tag.Table => PdfBlockLevelElementTag.Table,
            Tag.TR => PdfBlockLevelElementTag.TableRow,
            Tag.TH => PdfBlockLevelElementTag.TableHeaderCell,
            _ => PdfBlockLevelElementTag.TableDataCell,
        });
        var attributes = Structure.CurrentStructureElement.TableAttributes.Elements;
        if (tag.Summary is not null) attributes.SetString("/Summary", tag.Summary);
        if (tag.Scope is not null) attributes.SetName("/Scope", "/" + tag.Scope);
    }

    private void Text(DrawText text, Dictionary<int, int> anchors)
    {
        var segment = text.Segment;
        var font = measurer.Font(segment.Font);
        var link = segment.Link is { } target ? Annotation(text, font, target, anchors) : null;
        if (link is not null) Structure.BeginElement(link, segment.Text);
        graphics!.DrawString(segment.Text, font, Brush(segment.Colour), text.X, text.Baseline, XStringFormats.BaseLineLeft);
        if (link is null) return;
        Structure.End();
        // Underlined as well as coloured: colour alone must not be what marks a link.
        Structure.BeginArtifact();
        var underline = text.Baseline + segment.Font.Size * 0.12;
        graphics.DrawLine(Pen(segment.Colour, segment.Font.Size * 0.06), text.X, underline, text.X + segment.Width, underline);
        Structure.End();
    }

    private PdfLinkAnnotation? Annotation(DrawText text, XFont font, LinkTarget target, Dictionary<int, int> anchors)
    {
        var ascent = measurer.Ascent(text.Segment.Font);
        var area = new XRect(text.X, text.Baseline - ascent, text.Segment.Width, text.Segment.Font.Size * 1.2);
        var rectangle = new PdfRectangle(new XPoint(area.Left, geometry.Height - area.Bottom), new XPoint(area.Right, geometry.Height - area.Top));
        var annotation = target.Url is not null ? PdfLinkAnnotation.CreateWebLink(rectangle, target.Url)
            : target.Paragraph is { } number && anchors.TryGetValue(number, out var destination) ? PdfLinkAnnotation.CreateDocumentLink(rectangle, destination, null)
            : null;
        if (annotation is null) return null;
        // PDFsharp names each annotation with a random GUID and stamps it with the clock; same input, same bytes.
        annotation.Elements.SetString("/NM", $"link-{document.PageCount}-{Math.Round(text.X)}-{Math.Round(text.Baseline)}");
        annotation.Elements.SetString("/M", $"D:{date:yyyyMMdd}000000+00'00'");
        return annotation;
    }

    // Sections and appendices are top-level bookmarks, sub-headings sit under them.
    private void AddBookmark(Bookmark bookmark)
    {
        if (bookmark.Level <= 2)
            section = document.Outlines.Add(bookmark.Title, page!, opened: true);
        else
            (section?.Outlines ?? document.Outlines).Add(bookmark.Title, page!, opened: false);
    }

    private XPen Pen(string colour, double width)
    {
        var key = $"{colour}/{width}";
        if (!pens.TryGetValue(key, out var pen)) pens[key] = pen = new XPen(Colour(colour), width);
        return pen;
    }

    private XBrush Brush(string colour)
    {
        if (!brushes.TryGetValue(colour, out var brush)) brushes[colour] = brush = new XSolidBrush(Colour(colour));
        return brush;
    }

    private static XColor Colour(string hex)
    {
        var rgb = Convert.ToInt32(hex.TrimStart('#'), 16);
        return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
