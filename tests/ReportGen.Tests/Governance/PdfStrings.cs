using System.Text;

namespace ReportGen.Tests.Governance;

/// <summary>
/// The strings inside a PDF's objects, decoded. PDFsharp writes bookmarks, metadata and tag attributes as hex
/// UTF-16 (&lt;FEFF0041…&gt;), so a search of the raw bytes alone would miss them; this reads every hex and literal
/// string (with its escapes) and decodes it as UTF-16 when it starts with a byte-order mark, else as Latin-1.
/// </summary>
internal static class PdfStrings
{
    public static string Decode(byte[] pdf)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pdf.Length; i++)
        {
            // A stream's bytes (fonts, page contents) are searched raw; read as strings, a '(' in them would swallow objects after.
            if (IsStreamStart(pdf, i))
            {
                var end = pdf.AsSpan(i).IndexOf("endstream"u8);
                i = end < 0 ? pdf.Length : i + end + 8;
                continue;
            }
            if (pdf[i] == '<' && i + 1 < pdf.Length && pdf[i + 1] != '<') i = Hex(pdf, i + 1, text);
            else if (pdf[i] == '<') i++;
            else if (pdf[i] == '(') i = Literal(pdf, i + 1, text);
        }
        return text.ToString();
    }

    private static bool IsStreamStart(byte[] pdf, int i) =>
        pdf[i] == 's' && pdf.AsSpan(i).StartsWith("stream"u8) && i > 0 && pdf[i - 1] is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'>'
        && i + 6 < pdf.Length && pdf[i + 6] is (byte)'\n' or (byte)'\r';

    // Reads up to '>'; anything not hex ends it (then it was no string).
    private static int Hex(byte[] pdf, int start, StringBuilder text)
    {
        var bytes = new List<byte>();
        int? high = null;
        var i = start;
        for (; i < pdf.Length && pdf[i] != '>'; i++)
        {
            var c = (char)pdf[i];
            if (char.IsWhiteSpace(c)) continue;
            if (!Uri.IsHexDigit(c)) return i;
            var value = Convert.ToInt32(c.ToString(), 16);
            if (high is { } h) { bytes.Add((byte)(h * 16 + value)); high = null; }
            else high = value;
        }
        if (high is { } last) bytes.Add((byte)(last * 16));
        text.Append(Text([.. bytes])).Append('\n');
        return i;
    }

    // Reads to the matching ')', with nested parentheses and backslash escapes (\n, \(, \ddd …).
    private static int Literal(byte[] pdf, int start, StringBuilder text)
    {
        var bytes = new List<byte>();
        var depth = 1;
        var i = start;
        for (; i < pdf.Length; i++)
        {
            var b = pdf[i];
            if (b == '\\' && i + 1 < pdf.Length)
            {
                var next = pdf[++i];
                if (next is >= (byte)'0' and <= (byte)'7')
                {
                    var value = 0;
                    for (var n = 0; n < 3 && i < pdf.Length && pdf[i] is >= (byte)'0' and <= (byte)'7'; n++, i++) value = value * 8 + (pdf[i] - '0');
                    i--;
                    bytes.Add((byte)value);
                }
                else bytes.Add(next switch { (byte)'n' => 10, (byte)'r' => 13, (byte)'t' => 9, (byte)'b' => 8, (byte)'f' => 12, _ => next });
                continue;
            }
            if (b == '(') depth++;
            if (b == ')' && --depth == 0) break;
            bytes.Add(b);
        }
        text.Append(Text([.. bytes])).Append('\n');
        return i;
    }

    private static string Text(byte[] bytes) =>
        bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
        : bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
        : Encoding.Latin1.GetString(bytes);
}
