using System.Text;
using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>
/// The parts of a CMap the checker needs (ISO 32000-1 §9.7.5, §9.10.3): code space ranges, which split strings into
/// character codes, and bfchar/bfrange mappings to Unicode. Ranges stay ranges, so a one-line range over 65,536 codes costs nothing.
/// </summary>
internal sealed class CMap
{
    private readonly List<(byte[] Low, byte[] High)> codeSpaces = [];
    private readonly Dictionary<(uint Code, int Length), string> chars = [];
    private readonly List<(uint Low, uint High, int Length, CosObject Target)> ranges = [];

    /// <summary>True when the CMap declares code space ranges.</summary>
    public bool HasCodeSpace => codeSpaces.Count > 0;

    public static CMap Parse(byte[] data, CheckBudget budget)
    {
        var map = new CMap();
        var parser = new CosParser(new CosLexer(data), budget);
        var operands = new List<CosObject>();
        try
        {
            while (parser.Lexer.Position < parser.Lexer.End)
            {
                var token = parser.Lexer.Next();
                if (token == CosToken.End) break;
                var value = parser.Build(token, 0);
                if (value is not CosKeyword keyword) { operands.Add(value); continue; }
                switch (keyword.Word)
                {
                    case "endcodespacerange":
                        for (var i = 0; i + 1 < operands.Count; i += 2)
                            if (operands[i] is CosString low && operands[i + 1] is CosString high && low.Bytes.Length == high.Bytes.Length && low.Bytes.Length is > 0 and <= 4)
                                map.codeSpaces.Add((low.Bytes, high.Bytes));
                        break;
                    case "endbfchar":
                        for (var i = 0; i + 1 < operands.Count; i += 2)
                            if (operands[i] is CosString code && code.Bytes.Length is > 0 and <= 4)
                                map.chars.TryAdd((ToCode(code.Bytes), code.Bytes.Length), TargetText(operands[i + 1], 0));
                        break;
                    case "endbfrange":
                        for (var i = 0; i + 2 < operands.Count; i += 3)
                            if (operands[i] is CosString low && operands[i + 1] is CosString high && low.Bytes.Length is > 0 and <= 4)
                                map.ranges.Add((ToCode(low.Bytes), ToCode(high.Bytes), low.Bytes.Length, operands[i + 2]));
                        break;
                }
                operands.Clear();
            }
        }
        catch (CosSyntaxException)
        {
            // What was read before the damage is kept; unmapped codes will be reported as such.
        }
        return map;
    }

    /// <summary>The length in bytes of the code at the start of <paramref name="bytes"/>, by the code space ranges.</summary>
    public int CodeLength(ReadOnlySpan<byte> bytes)
    {
        foreach (var (low, high) in codeSpaces)
        {
            if (low.Length > bytes.Length) continue;
            var inside = true;
            for (var i = 0; i < low.Length && inside; i++) inside = bytes[i] >= low[i] && bytes[i] <= high[i];
            if (inside) return low.Length;
        }
        return 0;
    }

    /// <summary>The Unicode text of a code, or null when the CMap does not map it.</summary>
    public string? Lookup(uint code, int length)
    {
        if (chars.TryGetValue((code, length), out var text)) return text;
        foreach (var (low, high, rangeLength, target) in ranges)
            if (rangeLength == length && code >= low && code <= high)
                return TargetText(target, (int)(code - low));
        return null;
    }

    public static uint ToCode(ReadOnlySpan<byte> bytes)
    {
        uint code = 0;
        foreach (var b in bytes) code = code << 8 | b;
        return code;
    }

    /// <summary>A bfchar/bfrange destination: UTF-16BE bytes (a range adds <paramref name="offset"/> to the last unit),
    /// an array of them (one per code), or a glyph name of the form uniXXXX.</summary>
    private static string TargetText(CosObject target, int offset)
    {
        switch (target)
        {
            case CosString s when s.Bytes.Length >= 2:
                var bytes = (byte[])s.Bytes.Clone();
                var last = (bytes[^2] << 8 | bytes[^1]) + offset;
                bytes[^2] = (byte)(last >> 8);
                bytes[^1] = (byte)last;
                return Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
            case CosString s when s.Bytes.Length == 1:
                return ((char)(s.Bytes[0] + offset)).ToString();
            case CosArray array when offset < array.Count:
                return TargetText(array[offset], 0);
            case CosName { Value: ['u', 'n', 'i', _, _, _, _] name } when int.TryParse(name[3..], System.Globalization.NumberStyles.HexNumber, null, out var unicode):
                return ((char)unicode).ToString();
            default:
                return "";
        }
    }
}
