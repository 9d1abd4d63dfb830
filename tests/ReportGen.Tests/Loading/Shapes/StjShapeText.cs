using System.Text.Json;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Model;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// The shapes System.Text.Json's source-generated metadata gives a type and every type reachable from it, as lines
/// of text in the form <see cref="ShapeText"/> writes ours — the STJ side of the comparison that keeps the two in step.
/// Members and flags are read as the structure check read them when it was driven by this metadata.
/// </summary>
internal static class StjShapeText
{
    public static IReadOnlyList<string> Of(JsonTypeInfo root)
    {
        var lines = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Queue<JsonTypeInfo>([root]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type.Type)) continue;
            // Computed, [JsonIgnore]d members stay in the metadata with neither getter nor setter; the checker skips them.
            foreach (var property in type.Properties.Where(p => p.Get is not null || p.Set is not null))
            {
                var nullable = property.IsSetNullable || Nullable.GetUnderlyingType(property.PropertyType) is not null;
                var flags = (property.IsRequired ? " required" : "") + (nullable ? " nullable" : "");
                lines.Add($"{type.Type.Name}.{property.Name}: {Describe(type.Options, property.PropertyType, pending)}{flags}");
            }
        }
        return lines;
    }

    private static string Describe(JsonSerializerOptions options, Type clrType, Queue<JsonTypeInfo> pending)
    {
        var type = options.GetTypeInfo(clrType);
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object:
                pending.Enqueue(type);
                return $"object {clrType.Name}";
            case JsonTypeInfoKind.Enumerable:
                return $"list of {Describe(options, type.ElementType!, pending)}";
            case JsonTypeInfoKind.Dictionary:
                Assert.Equal(typeof(string), type.KeyType);
                return $"map of {Describe(options, type.ElementType!, pending)}";
        }
        var target = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (target == typeof(string)) return "string";
        if (target == typeof(decimal)) return "decimal";
        if (target == typeof(int)) return "int";
        if (target == typeof(double)) return "double";
        if (target == typeof(bool)) return "bool";
        if (target == typeof(DateOnly)) return "date";
        if (target == typeof(Amounts)) return "amounts";
        if (target == typeof(Acknowledgement)) return "acknowledgement";
        if (target.IsEnum)
        {
            // STJ lists the JSON names in the order of the values, as Enum.GetValues gives them.
            var names = JsonSchemaExporter.GetJsonSchemaAsNode(type)["enum"]!.AsArray().OfType<System.Text.Json.Nodes.JsonNode>()
                .Select(v => v.GetValue<string>()).ToList();
            var values = Enum.GetValuesAsUnderlyingType(target).Cast<int>().ToList();
            Assert.Equal(values.Count, names.Count);
            return "enum " + string.Join(" | ", names.Select((name, i) => $"{name}={values[i]}"));
        }
        return $"unknown {clrType.FullName}";
    }
}
