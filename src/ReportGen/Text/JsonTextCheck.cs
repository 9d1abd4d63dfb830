using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportGen.Diagnostics;

namespace ReportGen.TextPolicy;

/// <summary>
/// The text policy's pass over a parsed JSON file: every string value and property name is decoded by hand
/// (so bad bytes and lone surrogates are findings, not exceptions), checked, and — where the policy replaces
/// or removes characters — spliced back cleaned, so deserialization only ever sees clean text.
/// </summary>
public sealed class JsonTextCheck
{
    /// <summary>Past this many diagnostics the rest are counted, not listed: a file can hold a million bad strings.</summary>
    public const int MaxListed = 100;

    private sealed record Pending(string Path, bool IsName, int Offset, TextFinding Finding);

    private readonly List<Pending> pending = [];
    private readonly List<(int Start, int Length, string Text)> splices = [];
    private readonly TextCleaner cleaner = new();

    /// <summary>True when a string was changed (a replacement or removal); <see cref="Apply"/> then gives the clean file.</summary>
    public bool Changed => splices.Count > 0;

    /// <summary>
    /// Checks one token: <paramref name="raw"/> is its text between the quotes, starting at byte <paramref name="start"/>
    /// of the file; <paramref name="path"/> is the value's path, or for a name the object's. Returns the decoded text.
    /// </summary>
    public string Visit(ReadOnlySpan<byte> raw, bool escaped, bool isName, string path, int start)
    {
        if (!escaped && IsPlainAscii(raw)) return Encoding.ASCII.GetString(raw);
        cleaner.Reset();
        JsonStringDecoder.Decode(raw, escaped, cleaner);
        var text = cleaner.Text;
        foreach (var finding in cleaner.Findings)
            pending.Add(new Pending(path, isName, start + finding.Offset, finding));
        if (!isName && cleaner.Changed) splices.Add((start, raw.Length, text));
        return text;
    }

    /// <summary>Turns what was found into diagnostics, located with <paramref name="locate"/> (byte offset → line, column).</summary>
    public void Report(string file, Func<int, (int Line, int Column)> locate, DiagnosticBag diagnostics)
    {
        var unlisted = new Dictionary<TextClass, int>();
        var listed = 0;
        foreach (var (path, isName, offset, finding) in pending)
        {
            if (listed++ >= MaxListed)
            {
                unlisted[finding.Class] = unlisted.GetValueOrDefault(finding.Class) + 1;
                continue;
            }
            var (line, column) = locate(offset);
            var at = new SourceLocation(file, line, column, path);
            Add(diagnostics, finding.Class, isName, at, Message(finding, isName));
        }
        foreach (var (textClass, count) in unlisted)
            Add(diagnostics, textClass, false, new SourceLocation(file),
                $"{count:N0} more strings contain {Kind(textClass)} (not listed: the first {MaxListed} problems are). {CharacterPolicy.Advice(textClass)}");
    }

    /// <summary>The file with every changed string replaced by its cleaned text.</summary>
    public byte[] Apply(ReadOnlySpan<byte> utf8)
    {
        using var output = new MemoryStream(utf8.Length);
        var at = 0;
        foreach (var (start, length, text) in splices)
        {
            output.Write(utf8[at..start]);
            output.Write(Encoding.UTF8.GetBytes(JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).Value));
            at = start + length;
        }
        output.Write(utf8[at..]);
        return output.ToArray();
    }

    private static void Add(DiagnosticBag diagnostics, TextClass textClass, bool isName, SourceLocation at, string message)
    {
        var code = isName && textClass is not (TextClass.InvalidUtf8 or TextClass.LoneSurrogate) ? CharacterPolicy.NameCode : CharacterPolicy.CodeFor(textClass);
        if (isName || CharacterPolicy.ActionFor(textClass) == TextAction.Reject) diagnostics.Error(code, at, message);
        else diagnostics.Warning(code, at, message);
    }

    private static string Message(TextFinding finding, bool isName)
    {
        var what = finding.Class == TextClass.InvalidUtf8 ? $"the byte 0x{finding.CodePoint:X2}, which is not UTF-8"
            : finding.Class == TextClass.RightToLeft ? $"right-to-left text ({CharacterPolicy.Describe(finding.CodePoint)})"
            : CharacterPolicy.Describe(finding.CodePoint);
        var times = finding.Count > 1 ? $" ({CharacterPolicy.Times(finding.Count)}; the first is here)" : "";
        if (!isName) return $"the text contains {what}{times}. {CharacterPolicy.Advice(finding.Class)}";
        return finding.Class is TextClass.InvalidUtf8 or TextClass.LoneSurrogate
            ? $"a property name contains {what}{times}. {CharacterPolicy.Advice(finding.Class)}"
            : $"a property name contains {what}{times}. Property names are plain text: retype this one.";
    }

    private static string Kind(TextClass textClass) => textClass switch
    {
        TextClass.InvalidUtf8 => "bytes that are not UTF-8",
        TextClass.LoneSurrogate => "lone surrogates",
        TextClass.Control => "control characters",
        TextClass.LineBreak => "line or page break characters",
        TextClass.Noncharacter => "noncharacters",
        TextClass.BidiControl => "bidirectional controls",
        TextClass.Invisible => "invisible characters",
        TextClass.PrivateUse => "private-use characters",
        _ => "right-to-left text",
    };

    private static bool IsPlainAscii(ReadOnlySpan<byte> raw)
    {
        foreach (var b in raw)
            if (b is < 0x20 or > 0x7E) return false;
        return true;
    }
}
