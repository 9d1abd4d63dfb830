using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Cli;

/// <summary>
/// <c>reportgen diff</c> as a governance officer runs it: every change to what a reader sees is listed with where it
/// is, every field of the data is covered, and the exit code says whether the papers differ.
/// </summary>
public class DiffCommandTests
{
    private static string Changed(TempDir folder, Action<JsonObject> change)
    {
        var data = JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!.AsObject();
        change(data);
        var path = folder.File("changed.json");
        File.WriteAllText(path, data.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static CliRun Diff(string changed, params string[] extra) =>
        CliRun.Of(["diff", Repo.ReferenceData, changed, "--templates", Built.Templates, .. extra]);

    public static TheoryData<string, string, string> Changes() => new()
    {
        { "signatory", "$.report.author.name", "under 'RECOMMENDATIONS', paragraph 1" },
        { "plan objective", "$.plan.objectives[2]", "paragraph 3, list item (3)" },
        { "classification", "$.report.classification", "classification (metadata)" },
        { "short title", "$.report.short_title", "footer" },
        { "financial year", "$.report.financial_year", "paragraph 1" },
        { "programme name", "$.programmes[1] (community-safety).name", "table 'Funding by programme and funding stream, 2022/23 (£000s)', row 'Community Safety'" },
        { "funding stream", "$.programmes[1] (community-safety).funding_stream", "table 'Funding by programme and funding stream, 2022/23 (£000s)', row 'Community Safety', column 'Funding Stream'" },
        { "column heading", "$.programmes[3] (victims-services).appendix.amount_column", "table 'Victims Services', heading of column 2" },
        { "hidden", "$.programmes[0] (active-citizens).funding[0] (ac-poca).hidden", "table 'Active Citizens (POCA)', row 'Proceeds of Crime Act receipts'" },
        { "order", "$.programmes order", "table 'Funding by programme and funding stream, 2022/23 (£000s)', row 'Community Safety': after table 'Funding by programme and funding stream, 2022/23 (£000s)', row 'Active Citizens (POCA)' → moved with the 2 piece(s) after it: now after table 'Funding by programme and funding stream, 2022/23 (£000s)', row 'Victims Services'" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Every_change_to_the_data_and_the_printed_paper_is_reported(string what, string dataPath, string printedPlace)
    {
        using var folder = new TempDir();
        var changed = Changed(folder, data =>
        {
            var report = data["report"]!.AsObject();
            var programmes = data["programmes"]!.AsArray();
            switch (what)
            {
                case "signatory": report["author"]!["name"] = "Jane Doe"; break;
                case "plan objective": data["plan"]!["objectives"]![2] = "Increased trust in the police"; break;
                case "classification": report["classification"] = "OFFICIAL"; break;
                case "short title": report["short_title"] = "Commissioning Budget 2022/23"; break;
                case "financial year": report["financial_year"] = "2022-23"; break;
                case "programme name": programmes[1]!["name"] = "Community Safety Fund"; break;
                case "funding stream": programmes[1]!["funding_stream"] = "Police Main Grant"; break;
                case "column heading": programmes[3]!["appendix"]!["amount_column"] = "Budget 2022/23"; break;
                case "hidden": programmes[0]!["funding"]![0]!["hidden"] = false; break;
                case "order":
                    var second = programmes[1]!;
                    programmes.RemoveAt(1);
                    programmes.Add(second);
                    break;
            }
        });
        var run = Diff(changed);
        Assert.True(run.ExitCode == 1, run.Stderr);
        Assert.Contains($"  {(what is "hidden" ? "changed" : "changed")}  {dataPath}", run.Stdout);
        Assert.Contains(printedPlace, run.Stdout[run.Stdout.IndexOf("Printed paper\n", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void The_same_paper_is_no_changes_and_exit_0()
    {
        var run = Diff(Repo.ReferenceData);
        Assert.Equal((0, "No changes.\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void Markdown_and_json_say_the_same_changes()
    {
        using var folder = new TempDir();
        var changed = Changed(folder, data => data["report"]!["author"]!["name"] = "Jane | Doe");
        var markdown = Diff(changed, "--format", "markdown");
        Assert.Equal(1, markdown.ExitCode);
        Assert.Contains("### Printed paper\n\n| | Where | Before | After |\n|---|---|---|---|\n", markdown.Stdout);
        Assert.Contains("| changed | $.report.author.name | Mark Kenyon | Jane \\| Doe |", markdown.Stdout);

        var json = Diff(changed, "--format", "json");
        var parsed = JsonNode.Parse(json.Stdout)!;
        Assert.False(parsed["same"]!.GetValue<bool>());
        Assert.Contains(parsed["changes"]!.AsArray(), c => c!["where"]!.GetValue<string>() == "$.report.author.name" && c["after"]!.GetValue<string>() == "Jane | Doe");
    }

    [Fact]
    public void A_version_that_fails_validation_is_still_compared_with_a_warning()
    {
        using var folder = new TempDir();
        var changed = Changed(folder, data => data["programmes"]![3]!["groups"]![0]!["lines"]![15]!["amount"] = 26000);
        var run = Diff(changed);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning: the file does not validate", run.Stderr);
        Assert.Contains("table 'Victims Services', row 'DWP', column 'Funding 2022/23': £25,000 → £26,000", run.Stdout);
    }

    [Fact]
    public void A_missing_file_and_a_bad_format_are_errors_not_differences()
    {
        Assert.Equal(3, CliRun.Of("diff", Repo.ReferenceData, "/nonexistent/budget.json").ExitCode);
        Assert.Equal(2, Diff(Repo.ReferenceData, "--format", "pdf").ExitCode);
        // A file that is not JSON cannot be compared: an error, never exit 1, which would say the papers differ.
        using var folder = new TempDir();
        File.WriteAllText(folder.File("broken.json"), "{ \"report\": ");
        var broken = CliRun.Of("diff", Repo.ReferenceData, folder.File("broken.json"));
        Assert.Equal(3, broken.ExitCode);
        Assert.Matches(@"broken\.json\(1,\d+\): error RG0101", broken.Stderr);
    }
}
