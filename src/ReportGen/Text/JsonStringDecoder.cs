using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReportGen.TextPolicy;

/// <summary>
/// Decodes a JSON string token's raw bytes (between its quotes) into a <see cref="TextCleaner"/>, keeping what
/// System.Text.Json would throw on — bytes that are not UTF-8, a <c>\uD800</c> escape without its pair — as
/// findings at their byte offset, so they become located diagnostics instead of exceptions.
/// </summary>
public static class JsonStringDecoder
{
    /// <summary>Decodes <paramref name="raw"/>; <paramref name="escaped"/> says whether it holds backslash escapes.</summary>
    public static void Decode(ReadOnlySpan<byte> raw, bool escaped, TextCleaner cleaner)
    {
        for (var i = 0; i < raw.Length;)
        {
            var b = raw[i];
            if (b is >= 0x20 and < 0x7F && b != '\\')
            {
                cleaner.AddOrdinary((char)b);
                i++;
            }
            else if (b == '\\' && escaped)
            {
                i = DecodeEscape(raw, i, cleaner);
            }
            else if (Rune.DecodeFromUtf8(raw[i..], out var rune, out var consumed) == OperationStatus.Done)
            {
                cleaner.Add(rune.Value, i);
                i += consumed;
            }
            else
            {
                cleaner.AddInvalidUtf8(b, i);
                i += Math.Max(consumed, 1);
            }
        }
    }

    /// <summary>Decodes without keeping findings: for property names in paths (the text pass reports them).</summary>
    public static string DecodeLossy(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (!escaped && System.Text.Unicode.Utf8.IsValid(raw)) return Encoding.UTF8.GetString(raw);
        var cleaner = new TextCleaner();
        Decode(raw, escaped, cleaner);
        return cleaner.Text;
    }

    // The document has parsed, so every escape is well formed: \" \\ \/ \b \f \n \r \t or \uXXXX.
    private static int DecodeEscape(ReadOnlySpan<byte> raw, int start, TextCleaner cleaner)
    {
        var kind = raw[start + 1];
        if (kind != 'u')
        {
            cleaner.Add(kind switch { (byte)'b' => '\b', (byte)'f' => '\f', (byte)'n' => '\n', (byte)'r' => '\r', (byte)'t' => '\t', _ => kind }, start);
            return start + 2;
        }
        var unit = Hex(raw.Slice(start + 2, 4));
        if (char.IsHighSurrogate((char)unit) && start + 11 < raw.Length && raw[start + 6] == '\\' && raw[start + 7] == 'u')
        {
            var low = Hex(raw.Slice(start + 8, 4));
            if (char.IsLowSurrogate((char)low))
            {
                cleaner.Add(char.ConvertToUtf32((char)unit, (char)low), start);
                return start + 12;
            }
        }
        cleaner.Add(unit, start);
        return start + 6;
    }

    private static int Hex(ReadOnlySpan<byte> digits) =>
        int.Parse(Encoding.ASCII.GetString(digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
