namespace ReportGen.Checking.Cos;

/// <summary>The small filters: ASCIIHex, ASCII85 and RunLength (ISO 32000-1 §7.4.2, §7.4.3, §7.4.5). Each reports data
/// that does not end with its end-of-data marker, as the standard requires it to.</summary>
internal static class AsciiFilters
{
    public static (byte[]? Data, string? Problem) Hex(byte[] data)
    {
        var output = new List<byte>(data.Length / 2);
        var high = -1;
        foreach (var b in data)
        {
            if (b == '>')
            {
                if (high >= 0) output.Add((byte)(high << 4));
                return ([.. output], null);
            }
            if (CosLexer.IsWhite(b)) continue;
            var v = CosLexer.HexValue(b);
            if (v < 0) return ([.. output], $"the character 0x{b:X2} is not hexadecimal");
            if (high < 0) high = v;
            else { output.Add((byte)(high << 4 | v)); high = -1; }
        }
        return ([.. output], "the data ends without the '>' end-of-data marker");
    }

    public static (byte[]? Data, string? Problem) Base85(byte[] data)
    {
        var output = new List<byte>(data.Length);
        Span<int> group = stackalloc int[5];
        var count = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (CosLexer.IsWhite(b)) continue;
            if (b == '~')
            {
                if (count == 1) return ([.. output], "a final ASCII85 group of one character");
                if (count > 1)
                {
                    for (var k = count; k < 5; k++) group[k] = 84;
                    WriteGroup(output, group, count - 1);
                }
                return ([.. output], i + 1 < data.Length && data[i + 1] == '>' ? null : "'~' is not followed by '>'");
            }
            if (b == 'z' && count == 0) { output.AddRange([0, 0, 0, 0]); continue; }
            if (b is < (byte)'!' or > (byte)'u') return ([.. output], $"the character 0x{b:X2} is not ASCII85");
            group[count++] = b - '!';
            if (count == 5) { WriteGroup(output, group, 4); count = 0; }
        }
        return ([.. output], "the data ends without the '~>' end-of-data marker");
    }

    private static void WriteGroup(List<byte> output, Span<int> group, int bytes)
    {
        long value = 0;
        foreach (var digit in group) value = value * 85 + digit;
        for (var k = 0; k < bytes; k++) output.Add((byte)(value >> (24 - 8 * k)));
    }

    public static (byte[]? Data, string? Problem) RunLength(byte[] data)
    {
        var output = new List<byte>(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            if (output.Count > CheckBudget.MaxStreamBytes) return (null, $"{StreamDecoder.TooLarge} {CheckBudget.MaxStreamBytes:N0} bytes");
            var length = data[i++];
            if (length == 128) return ([.. output], null);
            if (length < 128)
            {
                if (i + length + 1 > data.Length) break;
                output.AddRange(data.AsSpan(i, length + 1));
                i += length + 1;
            }
            else
            {
                if (i >= data.Length) break;
                for (var k = 0; k < 257 - length; k++) output.Add(data[i]);
                i++;
            }
        }
        return ([.. output], "the data ends without the end-of-data byte 128");
    }
}
