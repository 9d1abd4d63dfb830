using ReportGen.Building;
using ReportGen.Model;

namespace ReportGen.Tests.Support;

/// <summary>The reference paper with data that is full of Markdown, HTML and Scriban syntax, which must all print literally.</summary>
internal static class Hostile
{
    public const string Label = "Evil | pipe *star* _under_ # hash [link](javascript:alert(1)) <script>alert(1)</script> {{ date.now }} (@purpose) (=total) \\back & &amp; `code` ~~strike~~ <b>bold</b>";

    public const string Objective = "- dash 1. one > quote ***";

    public static BudgetPaper Paper()
    {
        var reference = Papers.Reference;
        var cs = reference.Programmes[1];
        var group = cs.Groups[0];
        var lines = group.Lines.Select((l, i) => i == 0 ? l with { Label = Label } : l).ToList();
        var programmes = reference.Programmes.Select((p, i) => i == 1
            ? p with { Groups = [group with { Lines = lines, Heading = Label }, .. p.Groups.Skip(1)] }
            : p).ToList();
        return reference with
        {
            Programmes = programmes,
            Plan = reference.Plan! with { Objectives = [Objective, .. reference.Plan!.Objectives] },
            Wording = new Dictionary<string, string>(reference.Wording) { ["funding_mix"] = Label },
        };
    }

    public static BuiltPaper Build()
    {
        var built = Built.Of(Paper());
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        return built;
    }
}
