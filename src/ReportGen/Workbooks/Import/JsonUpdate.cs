using System.Text.Json.Nodes;
using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Writes what the workbook owns into the data file's JSON tree — each programme's groups and lines, funding,
/// transfers, carry-forwards, drawdowns and ring-fenced pairs — and nothing else: wording, meeting, report details,
/// layout labels, published figures and every property of a line the workbook does not show stay as they were. An
/// amount or label that did not change keeps its text. Records where each line came from, so diagnostics about the
/// new data point back at the workbook.
/// </summary>
internal sealed class JsonUpdate(ColumnSet columns, bool declaresColumns, Func<string, string> programmeId)
{
    /// <summary>The workbook row each JSON path of the new data came from.</summary>
    public Dictionary<string, (KeyedSheet Sheet, int Row)> Places { get; } = new(StringComparer.Ordinal);

    public void Apply(JsonObject root, IReadOnlyList<ReadProgramme> programmes)
    {
        var array = (JsonArray)root["programmes"]!;
        var items = LinePool.Items(array);
        Dictionary<string, LinePool> pools = [];
        foreach (var list in new[] { "funding", "transfers_out", "transfers_in", "carry_forwards", "drawdowns" }) pools[list] = LinePool.Of(array, list);
        var allocations = LinePool.Of(array, "ring_fenced", "allocation");
        var grants = LinePool.Of(array, "ring_fenced", "funding");

        foreach (var read in programmes)
        {
            var programme = (JsonObject)array[read.Index]!;
            var at = $"$.programmes[{read.Index}]";
            Places[at] = (read.Sheet, 0);
            programme["groups"] = Groups(programme["groups"] as JsonArray ?? [], read, items, at);
            Lines(programme, "funding", read.Funding, pools["funding"], at);
            Lines(programme, "transfers_out", read.TransfersOut, pools["transfers_out"], at);
            Lines(programme, "transfers_in", read.TransfersIn, pools["transfers_in"], at);
            Lines(programme, "carry_forwards", read.CarryForwards, pools["carry_forwards"], at);
            Lines(programme, "drawdowns", read.Drawdowns, pools["drawdowns"], at);
            var pairs = new JsonArray();
            foreach (var (allocation, funding) in read.RingFenced)
            {
                var path = $"{at}.ring_fenced[{pairs.Count}]";
                Places[path] = (allocation.Sheet, allocation.Row);
                pairs.Add((JsonNode)new JsonObject { ["allocation"] = Line(allocation, allocations, $"{path}.allocation"), ["funding"] = Line(funding, grants, $"{path}.funding") });
            }
            Set(programme, "ring_fenced", pairs);
        }
    }

    private JsonArray Groups(JsonArray old, ReadProgramme read, LinePool items, string at)
    {
        var unused = old.OfType<JsonObject>().ToList();
        var groups = new JsonArray();
        foreach (var group in read.Groups)
        {
            var path = $"{at}.groups[{groups.Count}]";
            var match = unused.FirstOrDefault(g => group.Id is not null ? Text(g, "id") == group.Id : Text(g, "id") is null && Text(g, "heading") == group.Heading);
            if (match is not null) unused.Remove(match);
            var node = match is null ? new JsonObject() : (JsonObject)match.DeepClone();
            if (group.Id is not null) node["id"] = group.Id;
            SetText(node, "heading", group.Heading);
            SetText(node, "subtotal_label", group.SubtotalLabel);
            var lines = new JsonArray();
            foreach (var line in group.Lines) lines.Add((JsonNode)Line(line, items, $"{path}.lines[{lines.Count}]"));
            node["lines"] = lines;
            Places[path] = (read.Sheet, group.Row ?? group.Lines.FirstOrDefault()?.Row ?? group.SubtotalRow ?? 0);
            Places[$"{path}.lines"] = Places[path];
            groups.Add((JsonNode)node);
        }
        return groups;
    }

    private void Lines(JsonObject programme, string property, List<ReadLine> read, LinePool pool, string at)
    {
        var lines = new JsonArray();
        foreach (var line in read) lines.Add((JsonNode)Line(line, pool, $"{at}.{property}[{lines.Count}]"));
        Set(programme, property, lines);
    }

    private JsonObject Line(ReadLine read, LinePool pool, string path)
    {
        Places[path] = (read.Sheet, read.Row);
        var old = pool.Take(read.Id, l => Text(l, "label") == read.Label);
        var amounts = ColumnValues.Of(Amounts.Of(columns.Stored.Where(c => read.Amounts[c.Index] is not null).Select(c => new KeyValuePair<string, decimal>(c.Key, read.Amounts[c.Index]!.Value))), columns);
        var line = new JsonObject { ["id"] = read.Id };
        if (old is not null)
            foreach (var (name, value) in old.ToList().Where(p => p.Key != "id"))
            {
                old.Remove(name);
                line[name] = value;
            }
        if (read.Kind is RowKind.TransferOut or RowKind.TransferIn) line["programme"] = programmeId(read.OtherProgramme ?? "");
        if (Text(line, "label") is not { } label || !SameLabel(label, read.Label, line["amount"], amounts)) line["label"] = read.Label;
        if (line["amount"] is not { } amount || !AmountOf(amount).SameAs(amounts)) line["amount"] = Written(read.Amounts, line["amount"]);
        Flag(line, "deduction", read.Kind is RowKind.Deduction or RowKind.HiddenDeduction);
        if (string.Equals(read.Sheet.Name, WorkbookLayout.FundingSheet, StringComparison.OrdinalIgnoreCase))
            Flag(line, "hidden", read.Kind is RowKind.HiddenFunding or RowKind.HiddenDeduction);
        return line;
    }

    // A label printed from a pattern ("{amount} to the Victims Services budget") keeps its pattern while its text is as printed.
    private bool SameLabel(string stored, string shown, JsonNode? oldAmount, ColumnValues newAmounts)
    {
        if (stored == shown) return true;
        if (!stored.Contains("{amount}", StringComparison.Ordinal)) return false;
        decimal?[] mains = [oldAmount is null ? null : AmountOf(oldAmount)[columns.Main.Index], newAmounts[columns.Main.Index]];
        MoneyFormat[] formats = [new(), MoneyFormat.Plain, new() { Negative = NegativeStyle.Brackets }];
        return mains.OfType<decimal>().Any(m => formats.Any(f => stored.Replace("{amount}", f.Pounds(m), StringComparison.Ordinal) == shown));
    }

    private ColumnValues AmountOf(JsonNode amount) => amount switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var plain) => ColumnValues.Of(Amounts.Of(plain), columns),
        JsonObject o => ColumnValues.Of(Amounts.Of(o.Where(p => p.Value is JsonValue n && n.TryGetValue<decimal>(out _))
            .Select(p => new KeyValuePair<string, decimal>(p.Key, p.Value!.GetValue<decimal>()))), columns),
        _ => ColumnValues.Empty(columns.Stored.Length),
    };

    // A plain number where the data wrote one (or declares no columns) and only the main column has an amount; else one per column.
    private JsonNode Written(decimal?[] amounts, JsonNode? old)
    {
        var main = amounts[columns.Main.Index];
        var onlyMain = amounts.Select((a, i) => (a, i)).All(x => x.a is null || x.i == columns.Main.Index);
        if (main is { } m && onlyMain && (!declaresColumns || old is JsonValue)) return JsonValue.Create(Normal(m));
        var written = new JsonObject();
        foreach (var column in columns.Stored)
            if (amounts[column.Index] is { } value) written[column.Key] = JsonValue.Create(Normal(value));
        return written;
    }

    // 1234.50 is written 1234.5, as a person would type it.
    private static decimal Normal(decimal value) => value / 1.0000000000000000000000000000m;

    private static void Flag(JsonObject line, string name, bool on)
    {
        if (on) line[name] = true;
        else if (line[name] is JsonValue v && v.TryGetValue<bool>(out var was) && was) line.Remove(name);
    }

    private static void SetText(JsonObject node, string name, string? value)
    {
        if (value is null) node.Remove(name);
        else if (Text(node, name) != value) node[name] = value;
    }

    // An empty list is left out, unless the data wrote one.
    private static void Set(JsonObject programme, string property, JsonArray lines)
    {
        if (lines.Count > 0 || programme.ContainsKey(property)) programme[property] = lines;
    }

    private static string? Text(JsonObject node, string name) => node[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
