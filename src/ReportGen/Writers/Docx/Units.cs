using System.Globalization;

namespace ReportGen.Writers.Docx;

/// <summary>Word's units: twentieths of a point (twips) for lengths, half-points for font sizes, RRGGBB for colours.</summary>
internal static class Units
{
    public static int TwipsFromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    public static int TwipsFromPoints(double points) => (int)Math.Round(points * 20);

    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    public static string Colour(string hex) => hex.TrimStart('#').ToUpperInvariant();

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
