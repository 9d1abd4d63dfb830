using System.Globalization;
using System.Text;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>
/// The PDF writer's own defence against characters it cannot carry. The build's text policy should have dealt
/// with them before any writer sees them; if one gets through, it becomes a warning here, never an exception:
/// controls and non-characters are left out (RG0604), a lone half of a surrogate pair or a private-use
/// character becomes U+FFFD (RG0604), tabs and line ends become spaces, and invisible format characters
/// (soft hyphen, zero-width and direction marks, variation selectors, BOM) are dropped silently: they draw nothing.
/// Right-to-left letters are reported (RG0603): the PDF sets them left to right, unshaped.
/// </summary>
internal static class TextCleaner
{
    public const string RightToLeftCode = "RG0603";
    public const string UncarriableCode = "RG0604";

    /// <summary>The text as the PDF can draw it; the same string when nothing needed changing.</summary>
    public static string Clean(string text, LayoutWarnings warnings)
    {
        var firstChange = -1;
        var rightToLeft = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x0590 && c >= 0x20 && c != 0x7F && c is < '\u0080' or > '\u009F' && c != '\u00AD') continue; // the common case: Latin
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var pair = char.ConvertToUtf32(c, text[i + 1]);
                if (rightToLeft < 0 && IsRightToLeft(pair)) rightToLeft = i;
                if (Classify(pair) != Kind.Keep) { firstChange = i; break; }
                i++;
                continue;
            }
            if (rightToLeft < 0 && IsRightToLeft(c)) rightToLeft = i;
            if (Classify(char.IsSurrogate(c) ? -1 : c) != Kind.Keep) { firstChange = i; break; }
        }
        if (rightToLeft >= 0)
            warnings.Add(RightToLeftCode, $"the text \"{LayoutWarnings.Excerpt(text, rightToLeft)}\" has right-to-left letters; the PDF sets them left to right and unjoined, so they read wrongly; the HTML page shows them as written.");
        return firstChange < 0 ? text : Rebuild(text, firstChange, warnings, rightToLeft >= 0);
    }

    private static string Rebuild(string text, int from, LayoutWarnings warnings, bool rightToLeftReported)
    {
        var builder = new StringBuilder(text.Length).Append(text, 0, from);
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            var isPair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = isPair ? char.ConvertToUtf32(c, text[i + 1]) : char.IsSurrogate(c) ? -1 : c;
            if (!rightToLeftReported && IsRightToLeft(codePoint))
            {
                rightToLeftReported = true;
                warnings.Add(RightToLeftCode, $"the text \"{LayoutWarnings.Excerpt(text, i)}\" has right-to-left letters; the PDF sets them left to right and unjoined, so they read wrongly; the HTML page shows them as written.");
            }
            switch (Classify(codePoint))
            {
                case Kind.Keep: builder.Append(c); if (isPair) builder.Append(text[i + 1]); break;
                case Kind.Space: builder.Append(' '); break;
                case Kind.Invisible: break;
                case Kind.Drop:
                    warnings.Add(UncarriableCode, $"the text \"{LayoutWarnings.Excerpt(text, i)}\" has the character {Name(codePoint)}, which a PDF cannot show; it is left out.");
                    break;
                case Kind.Replace:
                    warnings.Add(UncarriableCode, $"the text \"{LayoutWarnings.Excerpt(text, i)}\" has {Name(codePoint)}, which has no agreed meaning in a PDF; it is shown as U+FFFD (�).");
                    builder.Append('\uFFFD');
                    break;
            }
            if (isPair) i++;
        }
        return builder.ToString();
    }

    /// <summary>True for a character the PDF shows as it is.</summary>
    public static bool IsPrintable(int codePoint) => Classify(codePoint) == Kind.Keep;

    private enum Kind { Keep, Space, Invisible, Drop, Replace }

    private static Kind Classify(int c) => c switch
    {
        -1 => Kind.Replace,                                                      // half of a surrogate pair
        '\t' or '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' => Kind.Space,
        < 0x20 or 0x7F or (>= 0x80 and <= 0x9F) => Kind.Drop,                   // C0 and C1 controls
        >= 0xFDD0 and <= 0xFDEF => Kind.Drop,                                   // non-characters
        _ when (c & 0xFFFE) == 0xFFFE => Kind.Drop,                             // U+FFFE, U+FFFF and each plane's last two
        (>= 0xE000 and <= 0xF8FF) or >= 0xF0000 => Kind.Replace,                // private use
        0xAD or 0x61C or 0x180E or (>= 0x200B and <= 0x200F) or (>= 0x202A and <= 0x202E)
            or (>= 0x2060 and <= 0x206F) or 0xFEFF or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE0FFF) => Kind.Invisible,
        _ => Kind.Keep,
    };

    /// <summary>Letters of the scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their relatives.</summary>
    public static bool IsRightToLeft(int c) =>
        c is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE)
            or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF);

    private static string Name(int codePoint) => codePoint < 0
        ? "half of a surrogate pair (invalid UTF-16)"
        : $"U+{codePoint.ToString("X4", CultureInfo.InvariantCulture)}";
}
