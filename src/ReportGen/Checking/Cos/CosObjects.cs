using System.Globalization;
using System.Text;

namespace ReportGen.Checking.Cos;

/// <summary>A PDF object as read from a file (ISO 32000-1 §7.3). The checker reads files with its own small parser
/// so that every limit (nesting, size, work) is its own and a hostile file can only ever produce a finding.</summary>
internal abstract class CosObject;

/// <summary>The null object.</summary>
internal sealed class CosNull : CosObject
{
    public static readonly CosNull Instance = new();

    private CosNull() { }
}

/// <summary>true or false.</summary>
internal sealed class CosBool(bool value) : CosObject
{
    public bool Value { get; } = value;
}

/// <summary>An integer or a real; the checker needs no more precision than a double.</summary>
internal sealed class CosNumber(double value, bool isInteger) : CosObject
{
    public double Value { get; } = value;

    public bool IsInteger { get; } = isInteger;

    /// <summary>The value as an int, clamped; for counts, indexes and object numbers.</summary>
    public int AsInt => Value >= int.MaxValue ? int.MaxValue : Value <= int.MinValue ? int.MinValue : (int)Value;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A string's bytes, literal or hexadecimal.</summary>
internal sealed class CosString(byte[] bytes) : CosObject
{
    public byte[] Bytes { get; } = bytes;

    /// <summary>A text string (ISO 32000-1 §7.9.2.2): UTF-16BE with a byte order mark, UTF-8 with one, else PDFDocEncoding,
    /// read here as Latin-1, which agrees with it for every printable character the checker quotes.</summary>
    public string Text =>
        Bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(Bytes, 2, (Bytes.Length - 2) & ~1)
        : Bytes is [0xEF, 0xBB, 0xBF, ..] ? Encoding.UTF8.GetString(Bytes, 3, Bytes.Length - 3)
        : Encoding.Latin1.GetString(Bytes);
}

/// <summary>A name, with #xx escapes expanded; bytes kept one-to-one as Latin-1 characters.</summary>
internal sealed class CosName(string value) : CosObject
{
    public string Value { get; } = value;

    public override string ToString() => "/" + Value;
}

/// <summary>An array.</summary>
internal sealed class CosArray(List<CosObject> items) : CosObject
{
    public List<CosObject> Items { get; } = items;

    public int Count => Items.Count;

    public CosObject this[int index] => Items[index];
}

/// <summary>A dictionary. A key written twice keeps its last value, as readers do.</summary>
internal sealed class CosDict(Dictionary<string, CosObject> entries) : CosObject
{
    public Dictionary<string, CosObject> Entries { get; } = entries;

    /// <summary>The raw entry (a reference stays a reference), or null when absent.</summary>
    public CosObject? this[string key] => Entries.GetValueOrDefault(key);

    public bool Has(string key) => Entries.ContainsKey(key);
}

/// <summary>An indirect reference <c>n g R</c>.</summary>
internal sealed class CosRef(int number, int generation) : CosObject
{
    public int Number { get; } = number;

    public int Generation { get; } = generation;

    public override string ToString() => $"{Number} {Generation} R";
}

/// <summary>A stream: its object number, its dictionary and where its raw (still encoded) data lies in the file's bytes.</summary>
internal sealed class CosStream(CosDict dictionary, int dataStart, int dataLength, int number) : CosObject
{
    public int Number { get; } = number;

    public CosDict Dictionary { get; } = dictionary;

    public int DataStart { get; } = dataStart;

    public int DataLength { get; } = dataLength;
}
