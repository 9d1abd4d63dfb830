using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Xml.Linq;

namespace ReportGen.Loading;

/// <summary>
/// The JSON Schema of the data file, exported from the same source-generated metadata the loader uses,
/// with descriptions taken from the model's XML documentation so they are written once.
/// </summary>
public static class BudgetSchema
{
    /// <summary>The schema as indented JSON text, ending in a newline.</summary>
    public static string Generate()
    {
        var descriptions = LoadDescriptions();
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // Types read by their own converters: say what the converter accepts.
                if (context.TypeInfo.Type == typeof(Model.Amounts)) node = AmountsSchema();
                else if (context.TypeInfo.Type == typeof(Model.Acknowledgement)) node = AcknowledgementSchema();
                if (node is not JsonObject schema) return node;
                var key = context.PropertyInfo is { } property
                    ? $"P:{property.DeclaringType.FullName}.{PascalCase(property.Name)}"
                    : $"T:{context.TypeInfo.Type.FullName}";
                if (descriptions.TryGetValue(key, out var text) && !schema.ContainsKey("description"))
                    schema.Insert(0, "description", text);
                return schema;
            },
        };
        var root = (JsonObject)BudgetJsonContext.Default.BudgetPaper.GetJsonSchemaAsNode(exporter);
        root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        root.Insert(1, "title", "ReportGen budget paper data");
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            .ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject AmountsSchema() => new()
    {
        ["oneOf"] = new JsonArray(
            new JsonObject { ["type"] = "number", ["description"] = "Pounds in the paper's main column." },
            new JsonObject
            {
                ["type"] = "object",
                ["description"] = "Pounds per column key; a column left out has no amount.",
                ["additionalProperties"] = new JsonObject { ["type"] = "number" },
            }),
    };

    private static JsonObject AcknowledgementSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["difference"] = AmountsSchema(),
            ["reason"] = new JsonObject { ["type"] = "string", ["description"] = "Why the difference is accepted." },
        },
        ["required"] = new JsonArray("difference", "reason"),
        ["additionalProperties"] = false,
    };

    // "funding_available" → "FundingAvailable": the model's JSON names are its property names in snake_case.
    private static string PascalCase(string snake) =>
        string.Concat(snake.TrimStart('$').Split('_').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static Dictionary<string, string> LoadDescriptions()
    {
        var file = Path.Combine(AppContext.BaseDirectory, typeof(BudgetSchema).Assembly.GetName().Name + ".xml");
        if (!File.Exists(file)) return [];
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Flatten(m.Element("summary")!));
    }

    // <c>x</c> and <see cref="T"/> become plain text; whitespace collapses to single spaces.
    private static string Flatten(XElement summary)
    {
        var text = string.Concat(summary.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? "").Split('.', ':').Last(),
            XElement e => e.Value,
            _ => "",
        }));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
