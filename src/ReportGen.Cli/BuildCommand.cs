using System.CommandLine;
using System.Globalization;
using ReportGen.Building;
using ReportGen.Templating.Sets;
using ReportGen.Workbooks;
using ReportGen.Writers;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen build DATA… [--out DIR] [--format pdf,docx,html,xlsx] [--templates SET] [--edition public|full]
/// [--name PATTERN] [--wait SECONDS]</c>: one paper, or many (several files, or a folder) in one process.
/// </summary>
internal static class BuildCommand
{
    /// <summary>The template set used when none is named: the built-in board paper, or templates/board-paper here.</summary>
    public const string DefaultTemplates = TemplateSets.DefaultName;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Argument<string[]>("data") { Description = "The budget data file (JSON), for example data/2022-23/budget.json; several files, or a folder of them, build many papers.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder to write into (for many papers, a folder each inside it).", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format")
        {
            Description = $"Formats to write, comma-separated: {string.Join(",", DocumentWriters.Formats)}, and xlsx (Appendix A as a workbook).",
            DefaultValueFactory = _ => string.Join(",", DocumentWriters.Formats),
        };
        var templates = new Option<string?>("--templates")
        {
            Description = $"The template set: a built-in set's name ({string.Join(", ", BuiltInTemplateSet.All.Select(s => s.Name))}), a set copied to templates/NAME, or a folder.",
        };
        var edition = new Option<string>("--edition") { Description = "public (exempt information left out, the default) or full (everything, marked not for publication).", DefaultValueFactory = _ => "public" };
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
            data, output, formats, templates, edition, name, wait,
        };
        command.SetAction(parsed =>
        {
            if (Formats(parsed.GetValue(formats)!, stderr) is not var (writers, workbook)) return ExitCodes.Usage;
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
            if (parsed.GetValue(edition) is not ("public" or "full"))
            {
                stderr.WriteLine($"reportgen: --edition '{parsed.GetValue(edition)}' is not an edition: use public or full.");
                return ExitCodes.Usage;
            }
            var request = new BuildRequest("", parsed.GetValue(templates), writers, parsed.GetValue(output)!, $"ReportGen {App.Version}", pattern,
                TimeSpan.FromSeconds(seconds), parsed.GetValue(edition) == "full" ? Edition.Full : Edition.Public, workbook);
            var arguments = parsed.GetValue(data)!;
            if (arguments is [var one] && !Directory.Exists(one)) return BuildOne(request with { DataFile = one }, stdout, stderr);
            return Batch.Papers(arguments, stderr) is { } papers ? Batch.Run(papers, request, stdout, stderr) : ExitCodes.InputMissing;
        });
        return command;
    }

    /// <summary>Builds one paper, printing its diagnostics and the files written; returns the exit code.</summary>
    public static int BuildOne(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        using var progress = new Progress(stderr, request.DataFile);
        var outcome = BuildJob.Run(request with { Progress = progress });
        progress.Done();
        DiagnosticPrinter.Print(outcome.Diagnostics, stderr);
        foreach (var file in outcome.Files) stdout.WriteLine($"wrote {file}");
        return ExitCode(outcome.Stage);
    }

    public static int ExitCode(BuildStage stage) => stage switch
    {
        BuildStage.Done => ExitCodes.Success,
        BuildStage.InputMissing => ExitCodes.InputMissing,
        BuildStage.Data => ExitCodes.DataErrors,
        BuildStage.Templates => ExitCodes.TemplateErrors,
        _ => ExitCodes.OutputFailed,
    };

    // The writers named and whether a workbook is wanted, or null (having said why) when a name is unknown or none is given.
    private static (List<IDocumentWriter> Writers, bool Workbook)? Formats(string list, TextWriter stderr)
    {
        var writers = new List<IDocumentWriter>();
        var workbook = false;
        var known = $"{string.Join(", ", DocumentWriters.Formats)}, xlsx";
        foreach (var format in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(format, WorkbookExport.Extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase)) { workbook = true; continue; }
            if (DocumentWriters.Find(format) is not { } writer)
            {
                stderr.WriteLine($"reportgen: unknown format '{format}'. Use one or more of: {known}.");
                return null;
            }
            if (!writers.Contains(writer)) writers.Add(writer);
        }
        if (writers.Count == 0 && !workbook)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reportgen: --format names no format. Use one or more of: {known}."));
            return null;
        }
        return (writers, workbook);
    }
}
