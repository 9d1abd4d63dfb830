using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Model;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// The structure check as it was before the loader had shapes of its own: driven by System.Text.Json's
/// source-generated metadata, and STJ's converters for dates and enums. Kept, unchanged but for its name, as the
/// oracle the tests hold <see cref="StructureChecker"/> to: the same diagnostics, in the same order, for any input.
/// </summary>
internal sealed class StjStructureChecker(JsonSerializerOptions options, Func<string, SourceLocation> locate, DiagnosticBag diagnostics)
{
    public void Check(JsonElement element, JsonTypeInfo type, string path)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, type, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (Expect(element, JsonValueKind.Array, "a list [ … ]", path))
                {
                    var elementType = options.GetTypeInfo(type.ElementType!);
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                        CheckValue(item, elementType, JsonPath.Element(path, i++), nullable: false);
                }
                break;
            case JsonTypeInfoKind.Dictionary:
                if (Expect(element, JsonValueKind.Object, "an object { … }", path))
                {
                    var valueType = options.GetTypeInfo(type.ElementType!);
                    foreach (var member in element.EnumerateObject())
                        CheckValue(member.Value, valueType, JsonPath.Member(path, member.Name), nullable: false);
                }
                break;
            default:
                if (type.Type == typeof(Amounts)) CheckAmounts(element, path);
                else if (type.Type == typeof(Acknowledgement)) CheckAcknowledgement(element, path);
                else CheckLeaf(element, type, path);
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
                if (!element.TryGetDecimal(out _))
                    diagnostics.Error("RG0110", locate(path), $"'{element}' is not a valid value for '{Name(path)}': expected {AmountsDescription}.");
                break;
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = JsonPath.Member(path, member.Name);
                    if (member.Value.ValueKind != JsonValueKind.Number)
                        Expect(member.Value, JsonValueKind.Number, "a number of pounds such as 1234.50 (no £ sign, no commas, no quotes)", memberPath);
                    else if (!member.Value.TryGetDecimal(out _))
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
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = JsonPath.Member(path, member.Name);
            switch (member.Name)
            {
                case "difference": CheckAmounts(member.Value, memberPath); break;
                case "reason": Expect(member.Value, JsonValueKind.String, "a string in double quotes", memberPath); break;
                default:
                    diagnostics.Error("RG0105", locate(memberPath),
                        $"unknown property '{member.Name}'{Suggest(member.Name, ["difference", "reason"])}. Properties allowed here: difference, reason.");
                    break;
            }
        }
        foreach (var required in new[] { "difference", "reason" })
            if (!element.TryGetProperty(required, out _))
                diagnostics.Error("RG0104", locate(path), $"missing required property '{required}'. Add it to this object.");
    }

    private void CheckObject(JsonElement element, JsonTypeInfo type, string path)
    {
        if (!Expect(element, JsonValueKind.Object, "an object { … }", path)) return;
        // Computed, [JsonIgnore]d members stay in the metadata with neither getter nor setter.
        var known = type.Properties.Where(p => p.Get is not null || p.Set is not null).ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = JsonPath.Member(path, member.Name);
            if (!known.TryGetValue(member.Name, out var property))
            {
                diagnostics.Error("RG0105", locate(memberPath),
                    $"unknown property '{member.Name}'{Suggest(member.Name, known.Keys)}. Properties allowed here: {string.Join(", ", known.Keys.Where(k => k != "$schema"))}.");
                continue;
            }
            var nullable = property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            CheckValue(member.Value, options.GetTypeInfo(property.PropertyType), memberPath, nullable);
        }
        foreach (var property in type.Properties.Where(p => p.IsRequired))
            if (!element.TryGetProperty(property.Name, out _))
                diagnostics.Error("RG0104", locate(path),
                    $"missing required property '{property.Name}'. Add it to this object.");
    }

    private void CheckValue(JsonElement value, JsonTypeInfo type, string path, bool nullable)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
                diagnostics.Error("RG0103", locate(path), $"'{Name(path)}' must not be null. Give {Describe(type)}, or leave the property out if it is optional.");
            return;
        }
        Check(value, type, path);
    }

    private void CheckLeaf(JsonElement element, JsonTypeInfo type, string path)
    {
        var target = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        var expected = target == typeof(string) ? JsonValueKind.String
            : target == typeof(decimal) || target == typeof(int) || target == typeof(double) ? JsonValueKind.Number
            : target == typeof(bool) ? element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.ValueKind : JsonValueKind.True
            : JsonValueKind.String; // dates and enums are written as strings
        if (!Expect(element, expected, Describe(type), path)) return;
        // Strings and booleans are settled by their kind; numbers by a cheap parse. Only dates and enums need
        // the serializer's own converter, so a 10,000-line file is not deserialized twice over.
        if (target == typeof(string) || target == typeof(bool)) return;
        if (target == typeof(decimal) || target == typeof(int) || target == typeof(double))
        {
            var parses = target == typeof(decimal) ? element.TryGetDecimal(out _)
                : target == typeof(int) ? element.TryGetInt32(out _)
                : element.TryGetDouble(out var d) && double.IsFinite(d);
            if (!parses)
                diagnostics.Error("RG0110", locate(path), $"'{element}' is not a valid value for '{Name(path)}': expected {Describe(type)}.");
            return;
        }
        if (target == typeof(DateOnly) && element.GetString() == Authoring.RollForward.DatePlaceholder)
        {
            diagnostics.Error("RG0111", locate(path), $"'{Name(path)}' is still to be filled in: write the date as YYYY-MM-DD, for example \"2023-03-21\".");
            return;
        }
        // Where the loader now parts from STJ on purpose: an enum is one of its names, never a number in a string or
        // a comma list of names, which STJ's converter took.
        if (target.IsEnum && !IsDefinedName(type, element.GetString()!.Trim()))
        {
            diagnostics.Error("RG0110", locate(path), $"'{element}' is not a valid value for '{Name(path)}': expected {Describe(type)}.");
            return;
        }
        try
        {
            element.Deserialize(type);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or OverflowException or InvalidOperationException)
        {
            diagnostics.Error("RG0110", locate(path), $"'{element}' is not a valid value for '{Name(path)}': expected {Describe(type)}.");
        }
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

    private static bool IsDefinedName(JsonTypeInfo type, string text) =>
        JsonSchemaExporter.GetJsonSchemaAsNode(type)["enum"] is { } values
        && values.AsArray().Any(v => v?.GetValue<string>() == text);

    private static string Describe(JsonTypeInfo type)
    {
        var target = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        if (target == typeof(decimal)) return "a number of pounds such as 1234.50 (no £ sign, no commas, no quotes)";
        if (target == typeof(int)) return "a whole number";
        if (target == typeof(double)) return "a number";
        if (target == typeof(string)) return "a string in double quotes";
        if (target == typeof(bool)) return "true or false";
        if (target == typeof(DateOnly)) return "a date written \"YYYY-MM-DD\"";
        if (target.IsEnum)
        {
            var schema = JsonSchemaExporter.GetJsonSchemaAsNode(type);
            if (schema["enum"] is { } values)
                return "one of " + string.Join(", ", values.AsArray().OfType<System.Text.Json.Nodes.JsonNode>().Select(v => v.ToJsonString()));
        }
        return type.Kind switch
        {
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object { … }",
            JsonTypeInfoKind.Enumerable => "a list [ … ]",
            _ => "a value of the right type",
        };
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
