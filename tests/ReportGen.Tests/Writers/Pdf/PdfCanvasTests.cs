using ReportGen.Tests.Support;
using ReportGen.Writers.Pdf.Drawing;
using ReportGen.Writers.Pdf.Fonts;
using ReportGen.Writers.Pdf.Layout;

namespace ReportGen.Tests.Writers.Pdf;

public class PdfCanvasTests
{
    [Fact]
    public void A_paragraph_running_onto_a_new_page_needs_no_footer_to_close_its_content_first()
    {
        // Without page furniture, the text of a paragraph is still open when the next page starts.
        var theme = PdfOutput.Theme;
        using var measurer = new PdfMeasurer();
        var families = theme.Fonts.Families.Where(f => FontLocator.Find(f) is not null).ToList();
        var geometry = PageGeometry.From(theme);
        var text = new TextLayout(measurer, families, "#000000", "#0000FF");
        var words = string.Join(' ', Enumerable.Repeat("words", 2500));
        var flow = new FlowBuilder(text, new TableLayout(text, theme), theme, geometry)
            .Build([new ReportGen.Documents.Paragraph([new ReportGen.Documents.Text(words)])]);
        var laidOut = new Paginator(geometry, new TableStyle("#000000", "#000000", "#FFFFFF", "#FFFFFF", 3, 6, 0.5, 1.5)).Run(flow);
        Assert.True(laidOut.PageCount >= 2);

        using var pdf = new PdfSharp.Pdf.PdfDocument();
        new PdfCanvas(pdf, measurer, geometry).Draw(laidOut, "en-GB");
        Assert.Equal(laidOut.PageCount, pdf.PageCount);
    }
}
