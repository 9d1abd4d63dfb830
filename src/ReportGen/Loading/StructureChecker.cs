using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Loading.Shapes;

namespace ReportGen.Loading;

/// <summary>
/// Checks a parsed file against its shape, reporting every unknown, missing, null or wrongly typed value in one
/// pass, each located; only a file that passes is read into the model, and reading it can then not fail.
/// </summary>
internal sealed class StructureChecker(Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
{
    public void Check(JsonElement element, Shape shape, string path)
    {
        switch (shape)
        {
            case IObjectShape type:
                CheckObject(element, type, path);
                break;
            case IListShape list:
                if (Expect(element, JsonValueKind.Array, shape.Description, path))
                {
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                        CheckValue(item, list.Element, JsonPath.Element(path, i++), nullable: false);
                }
                break;
            case IMapShape map:
                if (Expect(element, JsonValueKind.Object, shape.Description, path))
                    foreach (var member in element.EnumerateObject())
                        CheckValue(member.Value, map.Value, JsonPath.Member(path, member.Name), nullable: false);
                break;
            case AmountsShape:
                CheckAmounts(element, path);
                break;
            case AcknowledgementShape:
                CheckAcknowledgement(element, path);
                break;
            default:
                CheckLeaf(element, shape, path);
                break;
        }
    }

    private const string AmountsDescription = "a number of pounds such as 1234.50, or one per column such as { \"budget\": 1234.50 }";

    // An amount is a plain number (the main column) or an object of numbers by column key; which keys are
    // columns is the validator's business, with the paper's columns in hand.
    private void CheckAmounts(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                if (!DecimalShape.Parses(element))
                    diagnostics.Error("RG0110", locate(path), $"'{element}' is not a valid value for '{Name(path)}': expected {AmountsDescription}.");
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = JsonPath.Member(path, member.Name);
                    if (member.Value.ValueKind != JsonValueKind.Number)
                        Expect(member.Value, JsonValueKind.Number, Shape.Decimal.Description, memberPath);
                    else if (!DecimalShape.Parses(member.Value))
                        diagnostics.Error("RG0110", locate(memberPath), $"'{member.Value}' is not a valid amount for '{member.Name}'.");
                }
                break;
            default:
                Expect(element, JsonValueKind.Number, AmountsDescription, path);
                break;
        }
    }

    // An acknowledgement is { "difference": amount, "reason": text }; the reason alone is an older form the
    // validator explains how to migrate.
    private void CheckAcknowledgement(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String) return;
        if (!Expect(element, JsonValueKind.Object, "an object { \"difference\": …, \"reason\": \"…\" }", path)) return;
        var names = AcknowledgementShape.MemberNames;
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = JsonPath.Member(path, member.Name);
            switch (member.Name)
            {
                case "difference": CheckAmounts(member.Value, memberPath); break;
                case "reason": Expect(member.Value, JsonValueKind.String, Shape.Text.Description, memberPath); break;
                default:
                    diagnostics.Error("RG0105", locate(memberPath),
                        $"unknown property '{member.Name}'{Suggest(member.Name, names)}. Properties allowed here: {string.Join(", ", names)}.");
                    break;
            }
        }
        foreach (var required in names)
            if (!element.TryGetProperty(required, out _))
                diagnostics.Error("RG0104", locate(path), $"missing required property '{required}'. Add it to this object.");
    }

    private void CheckObject(JsonElement element, IObjectShape type, string path)
    {
        if (!Expect(element, JsonValueKind.Object, "an object { … }", path)) return;
        var members = type.Members;
        foreach (var value in element.EnumerateObject())
        {
            var memberPath = JsonPath.Member(path, value.Name);
            if (Find(members, value.Name) is not { } member)
            {
                var names = members.Select(m => m.JsonName).ToList();
                diagnostics.Error("RG0105", locate(memberPath),
                    $"unknown property '{value.Name}'{Suggest(value.Name, names)}. Properties allowed here: {string.Join(", ", names.Where(k => k != "$schema"))}.");
                continue;
            }
            CheckValue(value.Value, member.Shape, memberPath, member.Nullable);
        }
        foreach (var member in members)
            if (member.Required && !element.TryGetProperty(member.JsonName, out _))
                diagnostics.Error("RG0104", locate(path), $"missing required property '{member.JsonName}'. Add it to this object.");
    }

    private static Member? Find(IReadOnlyList<Member> members, string name)
    {
        foreach (var member in members)
            if (member.JsonName == name) return member;
        return null;
    }

    private void CheckValue(JsonElement value, Shape shape, string path, bool nullable)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
                diagnostics.Error("RG0103", locate(path), $"'{Name(path)}' must not be null. Give {shape.Description}, or leave the property out if it is optional.");
            return;
        }
        Check(value, shape, path);
    }

    private void CheckLeaf(JsonElement element, Shape shape, string path)
    {
        var expected = shape switch
        {
            IntShape or DoubleShape or DecimalShape => JsonValueKind.Number,
            BoolShape => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.ValueKind : JsonValueKind.True,
            _ => JsonValueKind.String, // text, and dates and enums, which are written as strings
        };
        if (!Expect(element, expected, shape.Description, path)) return;
        if (shape is DateShape && element.GetString() == Authoring.RollForward.DatePlaceholder)
        {
            diagnostics.Error("RG0111", locate(path), $"'{Name(path)}' is still to be filled in: write the date as YYYY-MM-DD, for example \"2023-03-21\".");
            return;
        }
        var parses = shape switch
        {
            IntShape => IntShape.Parses(element),
            DoubleShape => DoubleShape.Parses(element),
            DecimalShape => DecimalShape.Parses(element),
            DateShape => DateShape.TryParse(element.GetString()!, out _),
            EnumShape type => type.TryParse(element.GetString()!, out _),
            _ => true, // strings and booleans are settled by their kind
        };
        if (!parses)
            diagnostics.Error("RG0110", locate(path), $"'{element}' is not a valid value for '{Name(path)}': expected {shape.Description}.");
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string description, string path)
    {
        if (element.ValueKind == kind) return true;
        var found = element.ValueKind switch
        {
            JsonValueKind.String => $"the string {Shorten(element.GetRawText())}",
            JsonValueKind.Number => $"the number {element.GetRawText()}",
            JsonValueKind.Array => "a list",
            JsonValueKind.Object => "an object",
            JsonValueKind.Null => "null",
            _ => element.GetRawText(),
        };
        diagnostics.Error("RG0103", locate(path), $"{Quote(Name(path))} must be {description}, but is {found}.");
        return false;
    }

    private static string Name(string path) => path == "$" ? "the whole file" : path[(Math.Max(path.LastIndexOf('.'), 0) + 1)..];

    private static string Quote(string name) => name == "the whole file" ? name : $"'{name}'";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "…\"";

    private static string Suggest(string name, IEnumerable<string> candidates)
    {
        var best = candidates.Select(c => (Name: c, Distance: EditDistance.Between(name, c)))
            .Where(c => c.Distance <= Math.Max(2, c.Name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is null ? "" : $" (did you mean '{best.Name}'?)";
    }
}
