using System.Globalization;
using System.Text;

namespace ReportGen.Checking.Cos;

/// <summary>What the lexer found.</summary>
internal enum CosToken { End, Number, String, Name, ArrayStart, ArrayEnd, DictStart, DictEnd, Keyword }

/// <summary>
/// Splits PDF bytes into tokens (ISO 32000-1 §7.2): the same lexer reads file objects, content streams and CMaps.
/// It never throws and always moves forward, so a loop over it ends on any input.
/// </summary>
internal sealed class CosLexer(byte[] bytes, int start, int end)
{
    private readonly StringBuilder text = new();

    public CosLexer(byte[] bytes) : this(bytes, 0, bytes.Length) { }

    public byte[] Bytes { get; } = bytes;

    public int End { get; } = end;

    /// <summary>Where the next token starts looking.</summary>
    public int Position { get; set; } = start;

    /// <summary>Where the last token began.</summary>
    public int TokenStart { get; private set; }

    public double Number { get; private set; }

    public bool IsInteger { get; private set; }

    /// <summary>The bytes of the last string token.</summary>
    public byte[] StringBytes { get; private set; } = [];

    /// <summary>The last name (without the slash) or keyword.</summary>
    public string Text { get; private set; } = "";

    /// <summary>True when the last string or dictionary marker was not closed properly.</summary>
    public bool Malformed { get; private set; }

    public static bool IsWhite(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    public static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static bool IsRegular(byte b) => !IsWhite(b) && !IsDelimiter(b);

    /// <summary>The next byte after white space, without consuming anything; 0 at the end.</summary>
    public byte PeekPastWhite()
    {
        var p = Position;
        while (p < End && IsWhite(Bytes[p])) p++;
        return p < End ? Bytes[p] : (byte)0;
    }

    /// <summary>Skips white space and comments.</summary>
    public void SkipWhite()
    {
        while (Position < End)
        {
            var b = Bytes[Position];
            if (IsWhite(b)) Position++;
            else if (b == '%') { while (Position < End && Bytes[Position] is not (10 or 13)) Position++; }
            else break;
        }
    }

    public CosToken Next()
    {
        Malformed = false;
        SkipWhite();
        TokenStart = Position;
        if (Position >= End) return CosToken.End;
        var b = Bytes[Position];
        switch (b)
        {
            case (byte)'[': Position++; return CosToken.ArrayStart;
            case (byte)']': Position++; return CosToken.ArrayEnd;
            case (byte)'(': ReadLiteral(); return CosToken.String;
            case (byte)'/': ReadName(); return CosToken.Name;
            case (byte)'<' when Position + 1 < End && Bytes[Position + 1] == '<': Position += 2; return CosToken.DictStart;
            case (byte)'<': ReadHex(); return CosToken.String;
            case (byte)'>' when Position + 1 < End && Bytes[Position + 1] == '>': Position += 2; return CosToken.DictEnd;
            case (byte)'>' or (byte)')' or (byte)'{' or (byte)'}':
                // Stray delimiters are kept as one-character keywords so that callers can report them and move on.
                Position++; Text = ((char)b).ToString(); return CosToken.Keyword;
        }
        if (b is (byte)'+' or (byte)'-' or (byte)'.' || (b >= '0' && b <= '9'))
            if (ReadNumber()) return CosToken.Number;
        ReadKeyword();
        return CosToken.Keyword;
    }

    private bool ReadNumber()
    {
        var p = Position;
        if (Bytes[p] is (byte)'+' or (byte)'-') p++;
        var digitsStart = p;
        var dot = false;
        while (p < End && (Bytes[p] is >= (byte)'0' and <= (byte)'9' || (Bytes[p] == '.' && !dot)))
        {
            if (Bytes[p] == '.') dot = true;
            p++;
        }
        if (p == digitsStart || (p == digitsStart + 1 && dot) || (p < End && IsRegular(Bytes[p]) && Bytes[p] is not ((byte)'+' or (byte)'-')))
            return false;
        var span = Bytes.AsSpan(Position, p - Position);
        Number = double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
        IsInteger = !dot;
        Position = p;
        return true;
    }

    private void ReadKeyword()
    {
        var p = Position;
        while (p < End && IsRegular(Bytes[p])) p++;
        if (p == Position) p++; // a lone byte that is neither: consume it so the lexer always advances
        Text = Encoding.Latin1.GetString(Bytes, Position, p - Position);
        Position = p;
    }

    private void ReadName()
    {
        text.Clear();
        var p = Position + 1;
        while (p < End && IsRegular(Bytes[p]))
        {
            if (Bytes[p] == '#' && p + 2 < End && HexValue(Bytes[p + 1]) >= 0 && HexValue(Bytes[p + 2]) >= 0)
            {
                text.Append((char)(HexValue(Bytes[p + 1]) * 16 + HexValue(Bytes[p + 2])));
                p += 3;
            }
            else text.Append((char)Bytes[p++]);
        }
        Text = text.ToString();
        Position = p;
    }

    private void ReadHex()
    {
        var output = new List<byte>();
        var p = Position + 1;
        int high = -1;
        while (p < End && Bytes[p] != '>')
        {
            var v = HexValue(Bytes[p++]);
            if (v < 0) { if (!IsWhite(Bytes[p - 1])) Malformed = true; continue; }
            if (high < 0) high = v;
            else { output.Add((byte)(high * 16 + v)); high = -1; }
        }
        if (high >= 0) output.Add((byte)(high * 16));
        if (p >= End) Malformed = true; else p++;
        StringBytes = [.. output];
        Position = p;
    }

    private void ReadLiteral()
    {
        var output = new List<byte>();
        var p = Position + 1;
        var depth = 1;
        while (p < End)
        {
            var b = Bytes[p++];
            if (b == '(') depth++;
            else if (b == ')' && --depth == 0) break;
            if (b == '\\' && p < End)
            {
                var e = Bytes[p++];
                switch (e)
                {
                    case (byte)'n': output.Add(10); continue;
                    case (byte)'r': output.Add(13); continue;
                    case (byte)'t': output.Add(9); continue;
                    case (byte)'b': output.Add(8); continue;
                    case (byte)'f': output.Add(12); continue;
                    case 13: if (p < End && Bytes[p] == 10) p++; continue;
                    case 10: continue;
                }
                if (e is >= (byte)'0' and <= (byte)'7')
                {
                    var value = e - '0';
                    for (var i = 0; i < 2 && p < End && Bytes[p] is >= (byte)'0' and <= (byte)'7'; i++) value = value * 8 + (Bytes[p++] - '0');
                    output.Add((byte)value);
                    continue;
                }
                output.Add(e);
                continue;
            }
            output.Add(b);
        }
        Malformed = depth != 0;
        StringBytes = [.. output];
        Position = p;
    }

    public static int HexValue(byte b) =>
        b is >= (byte)'0' and <= (byte)'9' ? b - '0' : b is >= (byte)'a' and <= (byte)'f' ? b - 'a' + 10 : b is >= (byte)'A' and <= (byte)'F' ? b - 'A' + 10 : -1;
}
