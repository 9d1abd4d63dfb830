using System.Text.Json.Nodes;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Validation;

/// <summary>
/// The largest paper ReportGen builds is stated, not discovered: past 25,000 lines or 100,000 amounts, validate and
/// build say so at the place in the data, before any memory is spent on templates and layout.
/// </summary>
public class SizeBoundTests
{
    [Theory]
    [InlineData(25_000, 0)]
    [InlineData(25_001, 1)]
    public void Lines_past_25000_are_refused_at_the_programmes(int total, int exit)
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.WriteAllText(data, WithLines(Repo.ReferenceData, total).ToJsonString());

        var run = CliRun.Of("validate", data);
        Assert.True(run.ExitCode == exit, run.Stderr);
        if (exit == 1)
            Assert.Matches(@"budget\.json\(\d+,\d+\): error RG0263: the paper has 25,001 lines; ReportGen builds papers of up to 25,000\. Split it into several papers\. \[\$\.programmes\]", run.Stderr);
        else
            Assert.DoesNotContain("RG0263", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_past_100000_are_refused_at_the_columns_and_the_build_writes_nothing()
    {
        using var folder = new TempDir();
        var paper = WithLines(Repo.Path("data", "examples", "two-year-budget.json"), 20_001);
        paper["columns"]!.AsArray().Add(new JsonObject { ["key"] = "change_again", ["heading"] = "Change", ["compute"] = "difference", ["from"] = "prior", ["to"] = "budget" });
        var data = folder.File("budget.json");
        File.WriteAllText(data, paper.ToJsonString());

        var run = CliRun.Of("build", data, "--out", folder.File("out"));
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"error RG0263: the paper's tables would hold 100,005 amounts \(20,001 lines × 5 columns\).*\[\$\.columns\]", run.Stderr);
        Assert.False(Directory.Exists(folder.File("out")) && Directory.EnumerateFiles(folder.File("out"), "*.pdf").Any());
    }

    [Fact]
    public void A_wording_entry_past_100000_characters_is_refused_where_it_is()
    {
        using var folder = new TempDir();
        var paper = JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!;
        // A pasted list: every line break is a line to lay out, so one value can cost as much as thousands of lines.
        paper["wording"]!["funding_mix"] = string.Concat(Enumerable.Repeat("- item\n", 14_286));
        var data = folder.File("budget.json");
        File.WriteAllText(data, paper.ToJsonString());

        var run = CliRun.Of("validate", data);
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"error RG0263: this text is 100,002 characters long; ReportGen prints entries of up to 100,000 .*\[\$\.wording\.funding_mix\]", run.Stderr);
    }

    // The paper's lines made up to <paramref name="total"/> in its first programme's first group, which need not
    // balance, with no figures as published (they would not match).
    private static JsonNode WithLines(string file, int total)
    {
        var paper = JsonNode.Parse(File.ReadAllText(file))!;
        var programmes = paper["programmes"]!.AsArray();
        var existing = programmes.Sum(p => Count(p!));
        var programme = programmes[0]!.AsObject();
        programme["must_balance"] = false;
        programme.Remove("acknowledged_difference");
        var lines = programme["groups"]![0]!["lines"]!.AsArray();
        for (var i = existing; i < total; i++)
            lines.Add(new JsonObject { ["id"] = $"extra-{i}", ["label"] = $"Extra line {i}", ["amount"] = 1 });
        foreach (var p in programmes)
        {
            p!.AsObject().Remove("published");
            foreach (var g in p["groups"]!.AsArray()) g!.AsObject().Remove("published_subtotal");
        }
        paper["summary"]?.AsObject().Remove("published");
        return paper;
    }

    private static int Count(JsonNode programme)
    {
        int Of(string name) => programme[name] is JsonArray a ? a.Count : 0;
        return programme["groups"]!.AsArray().Sum(g => g!["lines"]!.AsArray().Count) + Of("funding") + Of("transfers_out") + Of("transfers_in")
            + Of("carry_forwards") + Of("drawdowns") + 2 * Of("ring_fenced");
    }
}
