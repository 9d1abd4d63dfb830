using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportGen.Comparing;

/// <summary>How a change report is written.</summary>
public enum ReportFormat
{
    /// <summary>Plain text, one change a line, under a heading per section.</summary>
    Text,
    /// <summary>Markdown, a table per section, to paste into an amendment note.</summary>
    Markdown,
    /// <summary>JSON, for other programs.</summary>
    Json,
}

/// <summary>The changes between two versions, for an amendment note.</summary>
public static class ChangeReport
{
    /// <summary>The changes in <paramref name="format"/>; with none, says so.</summary>
    public static string Write(IReadOnlyList<PaperChange> changes, ReportFormat format = ReportFormat.Text) => format switch
    {
        ReportFormat.Markdown => Markdown(changes),
        ReportFormat.Json => Json(changes),
        _ => Text(changes),
    };

    private static string Text(IReadOnlyList<PaperChange> changes)
    {
        if (changes.Count == 0) return "No changes.\n";
        var text = new StringBuilder();
        foreach (var section in changes.GroupBy(c => c.Section))
        {
            text.Append(section.Key).Append('\n');
            foreach (var change in section)
            {
                var what = change.Kind switch
                {
                    ChangeKind.Added => $"added    {change.Subject}: {change.New}",
                    ChangeKind.Removed => $"removed  {change.Subject}: {change.Old}",
                    _ => $"changed  {change.Subject}: {change.Old} → {change.New}",
                };
                text.Append("  ").Append(what);
                if (change.Id is not null) text.Append("  [").Append(change.Id).Append(']');
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<PaperChange> changes)
    {
        if (changes.Count == 0) return "No changes.\n";
        var text = new StringBuilder();
        foreach (var section in changes.GroupBy(c => c.Section))
        {
            text.Append("### ").Append(Cell(section.Key)).Append("\n\n| | Where | Before | After |\n|---|---|---|---|\n");
            foreach (var change in section)
                text.Append("| ").Append(change.Kind.ToString().ToLowerInvariant()).Append(" | ").Append(Cell(change.Subject))
                    .Append(change.Id is null ? "" : $" [{Cell(change.Id)}]").Append(" | ")
                    .Append(Cell(change.Old ?? "")).Append(" | ").Append(Cell(change.New ?? "")).Append(" |\n");
            text.Append('\n');
        }
        return text.ToString();
    }

    // Text in a Markdown table cell: pipes and line breaks would end the cell, backslashes and stars restyle it.
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Json(IReadOnlyList<PaperChange> changes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("same", changes.Count == 0);
            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("section", change.Section);
                json.WriteString("kind", change.Kind.ToString().ToLowerInvariant());
                json.WriteString("where", change.Subject);
                if (change.Old is not null) json.WriteString("before", change.Old);
                if (change.New is not null) json.WriteString("after", change.New);
                if (change.Id is not null) json.WriteString("id", change.Id);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
