using System.CommandLine;
using ReportGen.Building;
using ReportGen.Writers;

namespace ReportGen.Cli;

/// <summary><c>reportgen build DATA [--out DIR] [--format html,docx,pdf] [--templates DIR]</c>.</summary>
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
        var command = new Command("build", "Validate the data, then write the board paper in each format.") { data, output, formats, templates };
        command.SetAction(parsed =>
        {
            var writers = new List<IDocumentWriter>();
            foreach (var name in parsed.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DocumentWriters.Find(name) is not { } writer)
                {
                    stderr.WriteLine($"reportgen: unknown format '{name}'. Use one or more of: {string.Join(", ", DocumentWriters.Formats)}.");
                    return ExitCodes.Usage;
                }
                if (!writers.Contains(writer)) writers.Add(writer);
            }
            var outcome = BuildJob.Run(new BuildRequest(parsed.GetValue(data)!, parsed.GetValue(templates)!, writers,
                parsed.GetValue(output)!, $"ReportGen {App.Version}"));
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
}
