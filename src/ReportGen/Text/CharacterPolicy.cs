using System.Globalization;

namespace ReportGen.TextPolicy;

/// <summary>
/// The one policy for characters in the paper's text, applied where the data enters (every JSON string and
/// property name) and where the template output leaves (the rendered Markdown), so no writer ever sees a
/// character its format cannot carry. Each class has one action and one diagnostic code.
/// </summary>
public static class CharacterPolicy
{
    /// <summary>What the paper does with <paramref name="textClass"/>.</summary>
    public static TextAction ActionFor(TextClass textClass) => textClass switch
    {
        TextClass.Ordinary => TextAction.Keep,
        TextClass.RightToLeft => TextAction.KeepWithWarning,
        TextClass.LineBreak => TextAction.ReplaceWithSpace,
        TextClass.Invisible => TextAction.Remove,
        _ => TextAction.Reject,
    };

    /// <summary>The diagnostic code of a class (RG0120–RG0129).</summary>
    public static string CodeFor(TextClass textClass) => textClass switch
    {
        TextClass.InvalidUtf8 => "RG0120",
        TextClass.LoneSurrogate => "RG0121",
        TextClass.Control => "RG0122",
        TextClass.LineBreak => "RG0123",
        TextClass.Noncharacter => "RG0124",
        TextClass.BidiControl => "RG0125",
        TextClass.Invisible => "RG0126",
        TextClass.PrivateUse => "RG0127",
        TextClass.RightToLeft => "RG0129",
        _ => throw new ArgumentOutOfRangeException(nameof(textClass)),
    };

    /// <summary>The code for a property name holding anything but ordinary characters.</summary>
    public const string NameCode = "RG0128";

    /// <summary>The class of one code point (a lone surrogate is passed as its own value).</summary>
    public static TextClass Classify(int codePoint)
    {
        if (codePoint < 0x20)
            return codePoint is '\t' or '\n' or '\r' ? TextClass.Ordinary
                : codePoint is 0x0B or 0x0C ? TextClass.LineBreak : TextClass.Control;
        if (codePoint < 0x7F) return TextClass.Ordinary;
        if (codePoint <= 0x9F) return codePoint == 0x85 ? TextClass.LineBreak : TextClass.Control;
        if (codePoint is >= 0xD800 and <= 0xDFFF) return TextClass.LoneSurrogate;
        if (codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE) return TextClass.Noncharacter;
        if (codePoint is 0x2028 or 0x2029) return TextClass.LineBreak;
        if (codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069) return TextClass.BidiControl;
        if (IsInvisible(codePoint)) return TextClass.Invisible;
        if (codePoint is >= 0xE000 and <= 0xF8FF or >= 0xF0000) return TextClass.PrivateUse;
        if (IsRightToLeft(codePoint)) return TextClass.RightToLeft;
        return TextClass.Ordinary;
    }

    private static bool IsInvisible(int c) =>
        c is 0xAD or 0x061C or 0x180E or 0x200B or 0x200E or 0x200F or 0x2060 or 0xFEFF or 0xE0001
            or >= 0x2061 and <= 0x2064 or >= 0x206A and <= 0x206F or >= 0xFFF9 and <= 0xFFFC;

    // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms; the RTL planes.
    private static bool IsRightToLeft(int c) =>
        c is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFE
            or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF;

    /// <summary>"U+200B (zero width space)": the code point and, for the characters people meet, its name.</summary>
    public static string Describe(int codePoint)
    {
        var hex = $"U+{codePoint:X4}";
        return Names.TryGetValue(codePoint, out var name) ? $"{hex} ({name})" : hex;
    }

    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00] = "null", [0x08] = "backspace", [0x0B] = "vertical tab: Word's manual line break", [0x0C] = "form feed: Word's page break",
        [0x1B] = "escape", [0x7F] = "delete", [0x85] = "next line", [0xAD] = "soft hyphen", [0x061C] = "Arabic letter mark",
        [0x180E] = "Mongolian vowel separator", [0x200B] = "zero width space", [0x200E] = "left-to-right mark",
        [0x200F] = "right-to-left mark", [0x2028] = "line separator", [0x2029] = "paragraph separator",
        [0x202A] = "left-to-right embedding", [0x202B] = "right-to-left embedding", [0x202C] = "pop directional formatting",
        [0x202D] = "left-to-right override", [0x202E] = "right-to-left override", [0x2060] = "word joiner",
        [0x2066] = "left-to-right isolate", [0x2067] = "right-to-left isolate", [0x2068] = "first strong isolate",
        [0x2069] = "pop directional isolate", [0xFEFF] = "zero width no-break space", [0xFFFC] = "object replacement: an object lost in a paste",
        [0xFFFE] = "noncharacter", [0xFFFF] = "noncharacter", [0xF0B7] = "private use: Word's Symbol-font bullet",
    };

    /// <summary>What to tell the user about a class, after "contains …".</summary>
    public static string Advice(TextClass textClass) => textClass switch
    {
        TextClass.InvalidUtf8 => "The file must be saved as UTF-8; these bytes are not. Re-save it as UTF-8 or retype the text.",
        TextClass.LoneSurrogate => "A \\uD800–\\uDFFF escape must come in a high-low pair; alone it is no character at all. Write the character itself.",
        TextClass.Control => "A control character prints nothing readable, and the PDF, Word and web pages cannot all carry it. Delete it (it often comes with pasted text).",
        TextClass.LineBreak => "It was replaced by a space, as a line break in a value is.",
        TextClass.Noncharacter => "Unicode reserves it as never being text; Word and XML refuse it. Delete it.",
        TextClass.BidiControl => "It reorders the text a reader sees, so the printed paper would not say what the data says (and the PDF ignores it). Delete it.",
        TextClass.Invisible => "It prints nothing and was removed.",
        TextClass.PrivateUse => "A private-use character means something only in one font, so each format would show something different (often a box). Replace it with the character meant (• is U+2022).",
        TextClass.RightToLeft => "Word and the web page show it right to left, but the PDF draws it left to right with its letters unjoined. Check the PDF, or give the text in a left-to-right script.",
        _ => "",
    };

    /// <summary>The code point at <paramref name="index"/>: a well-formed pair as one, a lone surrogate as its own value.</summary>
    internal static int CodePointAt(string text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        length = 1;
        return c;
    }

    /// <summary>The invariant culture's formatting for counts in messages.</summary>
    internal static string Times(int count) => count == 1 ? "once" : $"{count.ToString(CultureInfo.InvariantCulture)} times";
}
