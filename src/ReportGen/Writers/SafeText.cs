using System.Text;
using ReportGen.Diagnostics;
using ReportGen.Documents;

namespace ReportGen.Writers;

/// <summary>
/// Keeps text that XML 1.0 (and so Word's parts) and HTML cannot carry out of the outputs: C0 control characters
/// other than tab, line feed and carriage return, DEL and the C1 controls (HTML), U+FFFE and U+FFFF, and lone
/// surrogates. Each is replaced with U+FFFD, the replacement character, and reported once per place (RG0620) —
/// a writer must never throw on the data it is given.
/// </summary>
public sealed class SafeText(DiagnosticBag diagnostics, string output)
{
    private readonly HashSet<string> reported = new(StringComparer.Ordinal);

    /// <summary><paramref name="text"/> with every character the output cannot carry replaced; <paramref name="where"/> names the place in a warning.</summary>
    public string Clean(string text, Func<string> where)
    {
        var first = FirstBad(text);
        if (first < 0) return text;
        var place = where();
        if (reported.Add(place))
            diagnostics.Warning("RG0620", new SourceLocation(output),
                $"{place} holds {Describe(text, first)}, which the {output} cannot carry; it is printed as \uFFFD. Remove it from the data.");
        return Replace(text);
    }

    /// <summary><paramref name="text"/> with every character the outputs cannot carry replaced by U+FFFD, unreported (for messages).</summary>
    public static string Replace(string text)
    {
        var first = FirstBad(text);
        if (first < 0) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
                continue;
            }
            clean.Append(IsBad(text, i) ? '\uFFFD' : text[i]);
        }
        return clean.ToString();
    }

    /// <summary>A short quotation of <paramref name="text"/> for a message: its first 40 characters, cleaned.</summary>
    public static string Quote(string text) => "\u201C" + Replace(text.Length > 40 ? text[..40] + "…" : text) + "\u201D";

    /// <summary>The metadata with every text field cleaned, each named in its warning.</summary>
    public DocumentMetadata Clean(DocumentMetadata metadata)
    {
        string Field(string value, string name) => Clean(value, () => $"the metadata's {name}");
        return metadata with
        {
            Title = Field(metadata.Title, "title"),
            Subject = Field(metadata.Subject, "subject"),
            Author = Field(metadata.Author, "author"),
            Keywords = [.. metadata.Keywords.Select(k => Field(k, "keywords"))],
            Language = Field(metadata.Language, "language"),
            Version = Field(metadata.Version, "version"),
            VersionNote = metadata.VersionNote is null ? null : Field(metadata.VersionNote, "version note"),
            PageMarks = [.. metadata.PageMarks.Select(m => Field(m, "page marks"))],
            Classification = Field(metadata.Classification, "classification"),
            FooterTitle = Field(metadata.FooterTitle, "short title"),
            Generator = Field(metadata.Generator, "generator"),
        };
    }

    /// <summary>The index of the first character the outputs cannot carry, or -1.</summary>
    public static int FirstBad(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsBad(text, i)) return i;
        }
        return -1;
    }

    private static bool IsBad(string text, int i)
    {
        var c = text[i];
        if (char.IsSurrogate(c)) return true; // a pair was taken whole before this is asked
        return c is < ' ' and not ('\t' or '\n' or '\r') or (>= '\u007F' and <= '\u009F') or '\uFFFE' or '\uFFFF';
    }

    private static string Describe(string text, int i) =>
        char.IsSurrogate(text[i]) ? $"a lone surrogate (U+{(int)text[i]:X4})" : $"the control character U+{(int)text[i]:X4}";
}
