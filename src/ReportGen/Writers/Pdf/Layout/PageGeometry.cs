using ReportGen.Theming;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>The page and its text area in points, from the theme.</summary>
internal sealed record PageGeometry(double Width, double Height, double Left, double Top, double Right, double Bottom)
{
    /// <summary>A page the theme asks for that no PDF can have, or margins that leave no room (RG0606).</summary>
    public const string AdjustedCode = "RG0606";

    private const double PointsPerMm = 72 / 25.4;
    // PDF pages are at most 200 inches a side (ISO 32000-1 Annex C; PDF/A-2 6.1.13); a page under two inches holds nothing useful.
    private const double SmallestSide = 144, LargestSide = 14400;
    // Margins may not squeeze the text area below an inch, or half the page where the page is small.
    private const double SmallestText = 72;

    /// <summary>The theme's page, as given when it is usable.</summary>
    public static PageGeometry From(Theme theme) => From(theme, new LayoutWarnings());

    /// <summary>The theme's page, made usable: a size no PDF may have is clamped and margins that leave no text area are scaled down, each with a warning.</summary>
    public static PageGeometry From(Theme theme, LayoutWarnings warnings)
    {
        var p = theme.Page;
        var width = Side(p.WidthMm, "width_mm", 210, warnings);
        var height = Side(p.HeightMm, "height_mm", 297, warnings);
        var (left, right) = Margins(width, p.MarginLeftMm, p.MarginRightMm, "margin_left_mm and margin_right_mm", warnings);
        var (top, bottom) = Margins(height, p.MarginTopMm, p.MarginBottomMm, "margin_top_mm and margin_bottom_mm", warnings);
        return new PageGeometry(width, height, left, top, width - right, height - bottom);
    }

    private static double Side(double mm, string name, double fallbackMm, LayoutWarnings warnings)
    {
        var points = mm * PointsPerMm;
        if (double.IsFinite(points) && points is >= SmallestSide and <= LargestSide) return points;
        var used = !double.IsFinite(points) ? fallbackMm * PointsPerMm : Math.Clamp(points, SmallestSide, LargestSide);
        warnings.Add(AdjustedCode, FormattableString.Invariant(
            $"the theme's page.{name} of {mm} mm is not a page a PDF can have (between {SmallestSide / PointsPerMm:0.#} and {LargestSide / PointsPerMm:0} mm); the PDF uses {used / PointsPerMm:0.#} mm."));
        return used;
    }

    private static (double First, double Second) Margins(double side, double firstMm, double secondMm, string names, LayoutWarnings warnings)
    {
        double Clean(double mm) => double.IsFinite(mm) && mm > 0 ? Math.Min(mm * PointsPerMm, side) : 0;
        var (first, second) = (Clean(firstMm), Clean(secondMm));
        if (!(double.IsFinite(firstMm) && firstMm >= 0 && double.IsFinite(secondMm) && secondMm >= 0))
            warnings.Add(AdjustedCode, FormattableString.Invariant($"the theme's page.{names} ({firstMm} mm and {secondMm} mm) must be 0 or more; the PDF uses 0 for a margin that is not."));
        var least = Math.Min(SmallestText, side / 2);
        if (side - first - second >= least) return (first, second);
        var scale = (side - least) / (first + second);
        warnings.Add(AdjustedCode, FormattableString.Invariant(
            $"the theme's page.{names} ({firstMm} mm and {secondMm} mm) leave no room for text on a page {side / PointsPerMm:0.#} mm across; the PDF scales them down to {first * scale / PointsPerMm:0.#} mm and {second * scale / PointsPerMm:0.#} mm."));
        return (first * scale, second * scale);
    }

    public double TextWidth => Right - Left;

    public double BodyHeight => Bottom - Top;

    public static double Mm(double mm) => mm * PointsPerMm;
}
