using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Figures;
using ReportGen.Loading;

namespace ReportGen.Authoring;

/// <summary>One change <c>reportgen new</c> made to the text of a data file, for the officer to check.</summary>
public sealed record Rewrite(string JsonPath, string Before, string After);

/// <summary>Next year's data file, what was rewritten in it, and what the officer should look at by hand.</summary>
public sealed record RolledPaper(byte[] Json, IReadOnlyList<Rewrite> Rewrites, IReadOnlyList<string> Notes);

/// <summary>
/// Rolls a paper forward a year: this year's amounts become the prior-year column (and the starting point of the
/// new year's), published figures and their acknowledgements go, amendments are cleared, the version is 0.1
/// draft, the meeting date is left for the officer, and the financial years in labels and wording move on —
/// each rewrite recorded. Works on the JSON, so everything the tool does not own stays as the officer wrote it.
/// </summary>
public static class RollForward
{
    /// <summary>What a date the officer must still fill in is written as.</summary>
    public const string DatePlaceholder = "YYYY-MM-DD";

    // Keys whose strings are identifiers or settings, never prose with a year to move on.
    private static readonly HashSet<string> NotProse = ["$schema", "id", "programme", "key", "figure", "main_column", "status", "version", "date", "compute", "from", "to", "financial_year"];

    /// <summary>Rolls <paramref name="source"/> (a data file that loaded, with these <paramref name="columns"/>) to the year starting <paramref name="toYear"/>.</summary>
    /// <param name="meetingDate">The new meeting's date, if the officer knows it; otherwise the date is left to fill in.</param>
    public static RolledPaper Run(ReadOnlySpan<byte> source, ColumnSet columns, int fromYear, int toYear, DateOnly? meetingDate = null)
    {
        var root = (JsonObject)JsonNode.Parse(source, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var rewrites = new List<Rewrite>();
        var notes = new List<string>();

        DropPublishedFigures(root);
        // Years first, so the new columns' own headings are not moved on again.
        MoveYears(root, "$", [fromYear, fromYear - 1], toYear - fromYear, rewrites, notes, fromYear);
        root["columns"] = Columns(columns, fromYear, toYear);
        root["main_column"] = "budget";
        MoveAmounts(root, columns, "$", notes);

        var report = (JsonObject)root["report"]!;
        report["financial_year"] = FinancialYears.Format(toYear);
        report["version"] = "0.1";
        report["status"] = "draft";
        report.Remove("amendments");
        if (report.ContainsKey("date")) report["date"] = meetingDate is null ? DatePlaceholder : meetingDate.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var date = meetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? DatePlaceholder;
        if (root["meeting"] is JsonObject meeting) meeting["date"] = date;
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return new RolledPaper(System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n"), rewrites, notes);
    }

    // Figures as published belong to the paper that was published, not to next year's.
    private static void DropPublishedFigures(JsonObject root)
    {
        root.Remove("published_figures");
        (root["summary"] as JsonObject)?.Remove("published");
        foreach (var programme in (root["programmes"] as JsonArray ?? []).OfType<JsonObject>())
        {
            programme.Remove("published");
            foreach (var group in (programme["groups"] as JsonArray ?? []).OfType<JsonObject>())
            {
                group.Remove("published_subtotal");
                group.Remove("acknowledged_difference");
            }
        }
    }

    // Last year's main column becomes "prior"; the new "budget" starts as a copy for the officer to edit.
    private static JsonArray Columns(ColumnSet columns, int fromYear, int toYear)
    {
        var result = new JsonArray(
            new JsonObject { ["key"] = "prior", ["heading"] = FinancialYears.Format(fromYear) },
            new JsonObject { ["key"] = "budget", ["heading"] = FinancialYears.Format(toYear) });
        foreach (var computed in columns.All.Where(c => !c.IsStored))
            result.Add((JsonNode)new JsonObject
            {
                ["key"] = computed.Key,
                ["heading"] = computed.Heading,
                ["compute"] = computed.IsPercent ? "percent_change" : "difference",
                ["from"] = "prior",
                ["to"] = "budget",
            });
        return result;
    }

    private static void MoveAmounts(JsonNode node, ColumnSet columns, string path, List<string> notes)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    var at = $"{path}.{name}";
                    if (name is "amount" or "difference" && value is not null)
                        obj[name] = Moved(value, columns);
                    else if (value is not null)
                        MoveAmounts(value, columns, at, notes);
                }
                break;
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    // A line that had already ended last year has no place in next year's paper.
                    if (array[i] is JsonObject line && line["amount"] is { } amount && MainValue(amount, columns) is null)
                    {
                        notes.Add($"{path}[{i}] '{line["label"]}' had no {columns.Main.Key} amount (it ended), so it is left out.");
                        array.RemoveAt(i);
                        continue;
                    }
                    if (array[i] is { } item) MoveAmounts(item, columns, $"{path}[{i}]", notes);
                }
                break;
        }
    }

    private static JsonObject Moved(JsonNode amount, ColumnSet columns) =>
        MainValue(amount, columns) is { } main
            ? new JsonObject { ["prior"] = JsonValue.Create(main), ["budget"] = JsonValue.Create(main) }
            : new JsonObject();

    private static decimal? MainValue(JsonNode amount, ColumnSet columns) => amount switch
    {
        JsonValue plain when plain.TryGetValue<decimal>(out var value) => value,
        JsonObject byColumn when byColumn[columns.Main.Key] is JsonValue v && v.TryGetValue<decimal>(out var value) => value,
        _ => null,
    };

    private static void MoveYears(JsonNode node, string path, HashSet<int> years, int shift, List<Rewrite> rewrites, List<string> notes, int fromYear)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is null || NotProse.Contains(name)) continue;
                    var at = JsonPathOf(path, name);
                    if (value is JsonValue text && text.TryGetValue<string>(out var s)) obj[name] = Rewritten(s, at);
                    else MoveYears(value, at, years, shift, rewrites, notes, fromYear);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue text && text.TryGetValue<string>(out var s)) array[i] = Rewritten(s, $"{path}[{i}]");
                    else if (array[i] is { } item) MoveYears(item, $"{path}[{i}]", years, shift, rewrites, notes, fromYear);
                }
                break;
        }

        JsonNode Rewritten(string before, string at)
        {
            var after = FinancialYears.Shift(before, years, shift);
            if (after != before) rewrites.Add(new Rewrite(at, before, after));
            // A year on its own ("Budget 2022") may or may not mean the financial year: the officer decides.
            if (System.Text.RegularExpressions.Regex.IsMatch(after, $@"(?<![\d/-]){fromYear}(?![\d/-])"))
                notes.Add($"{at} still says {fromYear}: \"{after}\". Check whether it means the financial year.");
            return JsonValue.Create(after);
        }
    }

    private static string JsonPathOf(string parent, string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? $"{parent}.{name}" : $"{parent}['{name}']";
}
