
namespace ReportGen.Diagnostics;

/// <summary>One mapping: output line (0-based) to the template file and line (1-based) that wrote it.</summary>
/// <param name="Literal">True for literal template text, whose following lines map one to one.</param>
internal sealed record SourceMapEntry(int OutputLine, string File, int TemplateLine, bool Literal);

/// <summary>
/// Maps each line of the rendered Markdown back to the template file and line that wrote it,
/// so a problem found in the Markdown can name the template line to fix.
/// </summary>
public sealed class SourceMap
{
    private readonly List<SourceMapEntry> entries = [];

    internal IReadOnlyList<SourceMapEntry> Entries => entries;

    internal void Add(SourceMapEntry entry)
    {
        // Literal text that began a line says more than an expression inside it.
        if (entries.Count > 0 && entries[^1].OutputLine == entry.OutputLine && entries[^1].Literal && !entry.Literal)
            return;
        entries.Add(entry);
    }

    /// <summary>The template location of a Markdown line (0-based), or null if nothing wrote it.</summary>
    public SourceLocation? Find(int markdownLine)
    {
        var index = entries.FindLastIndex(e => e.OutputLine <= markdownLine);
        if (index < 0) return null;
        var entry = entries[index];
        var line = entry.Literal ? entry.TemplateLine + (markdownLine - entry.OutputLine) : entry.TemplateLine;
        return new SourceLocation(entry.File, line, 1);
    }
}
