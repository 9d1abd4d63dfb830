using System.Collections.Immutable;
using System.Globalization;
using ReportGen.Documents;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// Adds what every page carries once the page count is known — the running footer "short title … Page X of Y"
/// and, on a draft, a DRAFT mark — as artifacts, so screen readers skip them.
/// </summary>
internal static class PageFurniture
{
    public static LaidOutDocument Add(LaidOutDocument laidOut, DocumentMetadata metadata, PageGeometry page, ITextMeasurer measurer,
        string family, double footerSize, string textColour, string draftColour)
    {
        var ops = ImmutableArray.CreateBuilder<Op>();
        var current = 0;
        foreach (var op in laidOut.Ops)
        {
            if (op is StartPage start)
            {
                if (current > 0) AddTo(ops, current);
                current = start.Number;
            }
            ops.Add(op);
        }
        if (current > 0) AddTo(ops, current);
        return laidOut with { Ops = ops.ToImmutable() };

        void AddTo(ImmutableArray<Op>.Builder target, int number)
        {
            var font = new FontSpec(family, FontStyle.Regular, footerSize);
            var baseline = page.Bottom + (page.Height - page.Bottom) / 2;
            var pageText = $"Page {number.ToString(CultureInfo.InvariantCulture)} of {laidOut.PageCount.ToString(CultureInfo.InvariantCulture)}";
            var pageWidth = measurer.Width(pageText, font);
            target.Add(new BeginArtifact());
            target.Add(new DrawText(page.Left, baseline, new Segment(metadata.FooterTitle, font, 0, measurer.Width(metadata.FooterTitle, font), textColour, null)));
            target.Add(new DrawText(page.Right - pageWidth, baseline, new Segment(pageText, font, 0, pageWidth, textColour, null)));
            if (metadata.IsDraft)
            {
                var mark = new FontSpec(family, FontStyle.Bold, footerSize * 1.5);
                var width = measurer.Width("DRAFT", mark);
                target.Add(new DrawText((page.Width - width) / 2, page.Top / 2 + mark.Size / 2, new Segment("DRAFT", mark, 0, width, draftColour, null)));
            }
            target.Add(new EndArtifact());
        }
    }
}
