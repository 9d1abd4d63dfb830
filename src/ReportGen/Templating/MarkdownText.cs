using System.Text;
using ReportGen.Diagnostics;

namespace ReportGen.Templating;

/// <summary>Markdown written on purpose by one of our template functions; the template context writes it unescaped.</summary>
public sealed record RawMarkdown(string Text)
{
    /// <summary>For an included template: where its lines came from, relative to its own first line.</summary>
    internal IReadOnlyList<SourceMapEntry> Origins { get; init; } = [];

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>Escapes text from the data so that Markdown prints it character for character.</summary>
public static class MarkdownText
{
    // Every ASCII punctuation character that means something to Markdown, to Markdig's extensions
    // (pipe tables, generic attributes) or to our own (@label) and (=row) marks. CommonMark allows a
    // backslash before any ASCII punctuation, so over-escaping is harmless.
    private const string Special = "\\`*_{}[]()<>#+-.!|~&=^:\"'$%@";

    /// <summary>The text with Markdown syntax escaped and line breaks turned into spaces (a line break would end a table row).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n' or '\t') { escaped.Append(' '); continue; }
            if (Special.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>Text for a quoted attribute value (<c>{caption="…"}</c>): entities for the characters that would end it.</summary>
    public static string AttributeValue(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("{", "&#123;", StringComparison.Ordinal).Replace("}", "&#125;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
