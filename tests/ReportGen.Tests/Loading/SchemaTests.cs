using System.Text.Json.Nodes;
using ReportGen.Loading;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading;

public class SchemaTests
{
    [Fact]
    public void The_committed_schema_is_what_the_model_exports_now()
    {
        var committed = File.ReadAllText(Repo.Path("data", "budget.schema.json")).ReplaceLineEndings("\n");
        Assert.True(committed == BudgetSchema.Generate(),
            "data/budget.schema.json is stale: run `reportgen schema --out data/budget.schema.json` and commit it.");
    }

    [Fact]
    public void The_schema_describes_fields_refuses_unknown_ones_and_lists_required_ones()
    {
        var schema = JsonNode.Parse(BudgetSchema.Generate())!;
        var line = schema["properties"]!["programmes"]!["items"]!["properties"]!["groups"]!["items"]!["properties"]!["lines"]!["items"]!;
        Assert.False(line["additionalProperties"]!.GetValue<bool>());
        Assert.Contains("amount", line["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("pounds", line["properties"]!["amount"]!["description"]!.GetValue<string>());
        // A plain number for the main column, or an object of numbers by column key.
        Assert.Equal(["number", "object"], line["properties"]!["amount"]!["oneOf"]!.AsArray().Select(n => n!["type"]!.GetValue<string>()));
        Assert.Null(line["properties"]!["display_label"]);
    }

    [Fact]
    public void Each_data_file_points_its_editor_at_the_schema()
    {
        foreach (var file in Directory.GetFiles(Repo.Path("data"), "budget.json", SearchOption.AllDirectories))
        {
            var reference = JsonNode.Parse(File.ReadAllText(file))!["$schema"]!.GetValue<string>();
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, reference)), $"{file}: $schema {reference} not found");
        }
    }
}
