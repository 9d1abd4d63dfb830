using System.Text.Json.Nodes;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Governance;

/// <summary>
/// The 2022/23 reference paper built by the real reportgen process as shipped (no options but --out), and an
/// amended version 1.2 of it whose amendments are listed latest first — built on first use.
/// </summary>
public sealed class ReferenceEditions : IDisposable
{
    private readonly TempDir folder = new();
    private readonly Lazy<BuiltEdition> shipped, amended;

    public ReferenceEditions()
    {
        shipped = new(() => Build("shipped", Repo.ReferenceData));
        amended = new(() =>
        {
            var data = JsonNode.Parse(File.ReadAllText(Repo.ReferenceData))!;
            data["report"]!["version"] = "1.2";
            data["report"]!["amendments"] = new JsonArray(
                new JsonObject { ["version"] = "1.2", ["date"] = "2022-04-02", ["description"] = "Victims Services line for DWP confirmed." },
                new JsonObject { ["version"] = "1.1", ["date"] = "2022-03-30", ["description"] = "Signatory's role corrected." });
            var file = Path.Combine(folder.Path, "amended.json");
            File.WriteAllText(file, data.ToJsonString());
            return Build("amended", file);
        });
    }

    /// <summary>data/2022-23/budget.json as shipped.</summary>
    public BuiltEdition Shipped => shipped.Value;

    /// <summary>Version 1.2, amended 30 March and 2 April 2022 (listed in that order reversed).</summary>
    public BuiltEdition Amended => amended.Value;

    private BuiltEdition Build(string name, string data)
    {
        var output = Path.Combine(folder.Path, name);
        var run = RealProcess.Run(["build", data, "--out", output]);
        Assert.True(run.ExitCode == 0, $"reportgen build exited {run.ExitCode}: {run.Stderr}");
        return new BuiltEdition(output);
    }

    public void Dispose() => folder.Dispose();
}
