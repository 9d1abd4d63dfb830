using ReportGen.Theming;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>The page and its text area in points, from the theme.</summary>
internal sealed record PageGeometry(double Width, double Height, double Left, double Top, double Right, double Bottom)
{
    private const double PointsPerMm = 72 / 25.4;

    public static PageGeometry From(Theme theme)
    {
        var p = theme.Page;
        return new PageGeometry(p.WidthMm * PointsPerMm, p.HeightMm * PointsPerMm,
            p.MarginLeftMm * PointsPerMm, p.MarginTopMm * PointsPerMm,
            (p.WidthMm - p.MarginRightMm) * PointsPerMm, (p.HeightMm - p.MarginBottomMm) * PointsPerMm);
    }

    public double TextWidth => Right - Left;

    public double BodyHeight => Bottom - Top;

    public static double Mm(double mm) => mm * PointsPerMm;
}
