using System.Text;

namespace ReportGen.TextPolicy;

/// <summary>The first place a class of character was met in one piece of text, and how often.</summary>
/// <param name="Offset">Where it was first met, in whatever unit the caller counts (bytes of a JSON token, characters of a line).</param>
public sealed record TextFinding(TextClass Class, int CodePoint, int Offset, int Count);

/// <summary>
/// Applies <see cref="CharacterPolicy"/> to one piece of text, character by character: builds the cleaned text
/// (rejected characters become U+FFFD so later checks can still run; errors stop the paper anyway) and
/// notes the first place and count of each class met.
/// </summary>
public sealed class TextCleaner
{
    private readonly StringBuilder text = new();
    private readonly List<TextFinding> findings = [];

    /// <summary>Starts a new piece of text.</summary>
    public void Reset()
    {
        text.Clear();
        findings.Clear();
    }

    /// <summary>The cleaned text so far.</summary>
    public string Text => text.ToString();

    /// <summary>Every class met, in order of first appearance; empty when the text is clean.</summary>
    public IReadOnlyList<TextFinding> Findings => findings;

    /// <summary>True when the cleaned text differs from what was given.</summary>
    public bool Changed => findings.Any(f => CharacterPolicy.ActionFor(f.Class) is not (TextAction.Keep or TextAction.KeepWithWarning));

    /// <summary>Adds a code point (a lone surrogate passed as its own value) met at <paramref name="offset"/>.</summary>
    public void Add(int codePoint, int offset)
    {
        var textClass = CharacterPolicy.Classify(codePoint);
        if (textClass != TextClass.Ordinary) Note(textClass, codePoint, offset);
        switch (CharacterPolicy.ActionFor(textClass))
        {
            case TextAction.Keep or TextAction.KeepWithWarning when codePoint < 0x10000:
                text.Append((char)codePoint);
                break;
            case TextAction.Keep or TextAction.KeepWithWarning:
                text.Append(char.ConvertFromUtf32(codePoint));
                break;
            case TextAction.ReplaceWithSpace:
                text.Append(' ');
                break;
            case TextAction.Reject:
                text.Append('\uFFFD');
                break;
        }
    }

    /// <summary>Adds a character that is certainly ordinary (the fast path for ASCII).</summary>
    public void AddOrdinary(char c) => text.Append(c);

    /// <summary>Notes bytes that are not UTF-8, met at <paramref name="offset"/>; <paramref name="firstByte"/> is shown.</summary>
    public void AddInvalidUtf8(byte firstByte, int offset)
    {
        Note(TextClass.InvalidUtf8, firstByte, offset);
        text.Append('\uFFFD');
    }

    /// <summary>Cleans a UTF-16 string in one go (offsets count its characters).</summary>
    public static (string Text, IReadOnlyList<TextFinding> Findings) Clean(string value)
    {
        if (IsPlain(value)) return (value, []);
        var cleaner = new TextCleaner();
        for (var i = 0; i < value.Length;)
        {
            cleaner.Add(CharacterPolicy.CodePointAt(value, i, out var length), i);
            i += length;
        }
        return (cleaner.Text, cleaner.Findings.ToList());
    }

    /// <summary>True when every character is printable ASCII, tab or a line break: nothing to check further.</summary>
    public static bool IsPlain(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
            if (c is > '~' || (c < ' ' && c is not ('\t' or '\n' or '\r'))) return false;
        return true;
    }

    private void Note(TextClass textClass, int codePoint, int offset)
    {
        var index = findings.FindIndex(f => f.Class == textClass);
        if (index < 0) findings.Add(new TextFinding(textClass, codePoint, offset, 1));
        else findings[index] = findings[index] with { Count = findings[index].Count + 1 };
    }
}
