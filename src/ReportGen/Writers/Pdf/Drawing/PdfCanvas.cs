using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// The one class that draws with PDFsharp: it replays the layout's operations in order — pages, structure
/// tags, artifacts, text, rules, links and bookmarks — onto a tagged PDF document. Structure and marked
/// content are its own (<see cref="StructureTree"/>, <see cref="MarkedContent"/>); PDFsharp draws the glyphs
/// and lines and embeds the fonts.
/// </summary>
internal sealed class PdfCanvas(PdfDocument document, PdfMeasurer measurer, PageGeometry geometry)
{
    private readonly Dictionary<string, XPen> pens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, XBrush> brushes = new(StringComparer.Ordinal);
    private readonly LinkAnnotations links = new(document);
    private StructureTree tree = null!;
    private XGraphics? graphics;
    private MarkedContent content = null!;
    private PdfPage page = null!;
    private int pageIndex = -1;
    private PdfOutline? section;

    /// <summary>Draws the document and returns its structure, to be written out once PDFsharp has saved.</summary>
    public StructureTree Draw(LaidOutDocument laidOut, string language)
    {
        document.Language = language;
        tree = new StructureTree(document);
        var anchors = Anchors(laidOut);
        foreach (var op in laidOut.Ops)
        {
            switch (op)
            {
                case StartPage: NewPage(); break;
                case BeginTag tag:
                    content.Close();
                    tree.Begin(TagName(tag.Tag), tag.Summary, tag.Scope, tag.Key);
                    break;
                case EndTag:
                    content.Close();
                    tree.End();
                    break;
                case BeginArtifact: content.OpenArtifact(); break;
                case EndArtifact: content.Close(); break;
                case DrawText text: Text(text, anchors); break;
                case DrawLine line: Rule(line); break;
                case FillRect fill: Fill(fill); break;
                case Bookmark bookmark: AddBookmark(bookmark); break;
            }
        }
        EndPage();
        links.Resolve();
        tree.Finish();
        return tree;
    }

    // Where each numbered paragraph starts: its page and the top of its first line.
    private static Dictionary<int, (int Page, double Y)> Anchors(LaidOutDocument laidOut)
    {
        var anchors = new Dictionary<int, (int, double)>();
        var page = 0;
        foreach (var op in laidOut.Ops)
        {
            if (op is StartPage start) page = start.Number;
            if (op is Anchor anchor) anchors[anchor.Number] = (page, anchor.Y);
        }
        return anchors;
    }

    private void NewPage()
    {
        EndPage();
        page = document.AddPage();
        page.Width = XUnit.FromPoint(geometry.Width);
        page.Height = XUnit.FromPoint(geometry.Height);
        graphics = XGraphics.FromPdfPage(page);
        content = new MarkedContent(graphics);
        pageIndex = tree.StartPage(page);
    }

    private void EndPage()
    {
        if (graphics is null) return;
        content.Close();
        graphics.Dispose();
        graphics = null;
        // Compressed now, not when PDFsharp saves: a long paper's content would otherwise wait in memory uncompressed.
        foreach (var stream in page.Contents)
        {
            if (stream.Stream is null || stream.Elements.GetName("/Filter").Length > 0) continue;
            stream.Stream.Value = PdfFinisher.Compress(stream.Stream.Value);
            stream.Elements.SetName("/Filter", "/FlateDecode");
        }
    }

    private void Text(DrawText text, Dictionary<int, (int Page, double Y)> anchors)
    {
        var segment = text.Segment;
        var font = measurer.Font(segment.Font);
        if (content.IsArtifactOpen)
        {
            graphics!.DrawString(segment.Text, font, Brush(segment.Colour), text.X, text.Baseline, XStringFormats.BaseLineLeft);
            content.TextDrawn();
            return;
        }
        var annotation = segment.Link is { } target ? Annotation(text, target, anchors) : null;
        if (annotation is not null)
        {
            content.Close();
            tree.Begin("Link");
        }
        if (!content.IsTaggedOpen) content.OpenTagged(tree.CurrentType, tree.Mark(pageIndex));
        graphics!.DrawString(segment.Text, font, Brush(segment.Colour), text.X, text.Baseline, XStringFormats.BaseLineLeft);
        content.TextDrawn();
        if (annotation is null) return;
        content.Close();
        tree.AddAnnotation(annotation, pageIndex);
        tree.End();
        // Underlined as well as coloured: colour alone must not be what marks a link.
        var underline = text.Baseline + segment.Font.Size * 0.12;
        var opened = OpenArtifact();
        graphics.DrawLine(Pen(segment.Colour, segment.Font.Size * 0.06), text.X, underline, text.X + segment.Width, underline);
        CloseArtifact(opened);
    }

    private void Rule(DrawLine line)
    {
        var opened = OpenArtifact();
        graphics!.DrawLine(Pen(line.Colour, line.Width), line.X1, line.Y1, line.X2, line.Y2);
        CloseArtifact(opened);
    }

    private void Fill(FillRect fill)
    {
        var opened = OpenArtifact();
        graphics!.DrawRectangle(Brush(fill.Colour), fill.X, fill.Y, fill.Width, fill.Height);
        CloseArtifact(opened);
    }

    private PdfDictionary? Annotation(DrawText text, LinkTarget target, Dictionary<int, (int Page, double Y)> anchors)
    {
        var top = text.Baseline - measurer.Ascent(text.Segment.Font);
        var bottom = top + text.Segment.Font.Size * 1.2;
        var area = new PdfRectangle(new XPoint(text.X, geometry.Height - bottom), new XPoint(text.X + text.Segment.Width, geometry.Height - top));
        if (target.Url is not null) return links.Web(page, area, target.Url, text.Segment.Text);
        if (target.Paragraph is { } number && anchors.TryGetValue(number, out var anchor))
            return links.Internal(page, area, number, anchor.Page, geometry.Left, geometry.Height - anchor.Y);
        return null;
    }

    // Drawing that the layout did not mark is an artifact too: every painting operator is tagged or an artifact.
    // (Open and close rather than a lambda to run between them: a lambda capturing the operation cost an object
    // for every operation drawn, lines or not.) True when this call opened the artifact, so must close it.
    private bool OpenArtifact()
    {
        if (content.IsArtifactOpen) return false;
        content.OpenArtifact();
        return true;
    }

    private void CloseArtifact(bool opened)
    {
        if (opened) content.Close();
    }

    // Sections and appendices are top-level bookmarks, sub-headings sit under them; each goes to its heading's place.
    private void AddBookmark(Bookmark bookmark)
    {
        var outlines = bookmark.Level <= 2 ? document.Outlines : section?.Outlines ?? document.Outlines;
        var outline = outlines.Add(bookmark.Title, page, opened: bookmark.Level <= 2);
        outline.Left = Math.Round(geometry.Left, 2);
        outline.Top = Math.Round(geometry.Height - bookmark.Y, 2);
        if (bookmark.Level <= 2) section = outline;
    }

    private static string TagName(Tag tag) => tag switch
    {
        Tag.H1 => "H1",
        Tag.H2 => "H2",
        Tag.H3 => "H3",
        Tag.P => "P",
        Tag.L => "L",
        Tag.LI => "LI",
        Tag.Lbl => "Lbl",
        Tag.LBody => "LBody",
        Tag.Table => "Table",
        Tag.TR => "TR",
        Tag.TH => "TH",
        _ => "TD",
    };

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
        var rgb = int.TryParse(hex.TrimStart('#'), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
        return XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
