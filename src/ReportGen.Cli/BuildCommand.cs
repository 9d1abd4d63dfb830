using System.CommandLine;
using System.Globalization;
using ReportGen.Building;
using ReportGen.Writers;

namespace ReportGen.Cli;

/// <summary><c>reportgen build DATA [--out DIR] [--format html,docx,pdf] [--templates DIR] [--name PATTERN] [--wait SECONDS]</c>.</summary>
internal static class BuildCommand
{
    public const string DefaultTemplates = "templates/board-paper";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Argument<string>("data") { Description = "The budget data file (JSON), for example data/2022-23/budget.json." };
        var output = new Option<string>("--out") { Description = "The folder to write into.", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format")
        {
            Description = $"Formats to write, comma-separated: {string.Join(",", DocumentWriters.Formats)}.",
            DefaultValueFactory = _ => string.Join(",", DocumentWriters.Formats),
        };
        var templates = new Option<string>("--templates") { Description = "The template folder.", DefaultValueFactory = _ => DefaultTemplates };
        var name = new Option<string>("--name")
        {
            Description = $"How the outputs are named, from the tokens {string.Join(", ", OutputNames.Tokens.Keys.Select(t => "{" + t + "}"))}.",
            DefaultValueFactory = _ => OutputNames.DefaultPattern,
        };
        var wait = new Option<double>("--wait")
        {
            Description = "Seconds to wait for another build writing into the same folder.",
            DefaultValueFactory = _ => OutputSet.DefaultLockWait.TotalSeconds,
        };
        var command = new Command("build", "Validate the data, then write the board paper in each format, with a manifest of every file's SHA-256.")
        {
            data, output, formats, templates, name, wait,
        };
        command.SetAction(parsed =>
        {
            if (Writers(parsed.GetValue(formats)!, stderr) is not { } writers) return ExitCodes.Usage;
            var pattern = parsed.GetValue(name)!;
            if (OutputNames.Problem(pattern) is { } problem)
            {
                stderr.WriteLine($"reportgen: --name: {problem}.");
                return ExitCodes.Usage;
            }
            var seconds = parsed.GetValue(wait);
            if (!(seconds >= 0 && seconds <= 86_400))
            {
                stderr.WriteLine("reportgen: --wait takes a number of seconds from 0 to 86400.");
                return ExitCodes.Usage;
            }
            var outcome = BuildJob.Run(new BuildRequest(parsed.GetValue(data)!, parsed.GetValue(templates)!, writers,
                parsed.GetValue(output)!, $"ReportGen {App.Version}", pattern, TimeSpan.FromSeconds(seconds)));
            DiagnosticPrinter.Print(outcome.Diagnostics, stderr);
            foreach (var file in outcome.Files) stdout.WriteLine($"wrote {file}");
            return outcome.Stage switch
            {
                BuildStage.Done => ExitCodes.Success,
                BuildStage.InputMissing => ExitCodes.InputMissing,
                BuildStage.Data => ExitCodes.DataErrors,
                BuildStage.Templates => ExitCodes.TemplateErrors,
                _ => ExitCodes.OutputFailed,
            };
        });
        return command;
    }

    // The writers named, or null (having said why) when a name is unknown or none is given at all.
    private static List<IDocumentWriter>? Writers(string list, TextWriter stderr)
    {
        var writers = new List<IDocumentWriter>();
        foreach (var format in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DocumentWriters.Find(format) is not { } writer)
            {
                stderr.WriteLine($"reportgen: unknown format '{format}'. Use one or more of: {string.Join(", ", DocumentWriters.Formats)}.");
                return null;
            }
            if (!writers.Contains(writer)) writers.Add(writer);
        }
        if (writers.Count == 0)
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reportgen: --format names no format. Use one or more of: {string.Join(", ", DocumentWriters.Formats)}."));
        return writers.Count == 0 ? null : writers;
    }
}
