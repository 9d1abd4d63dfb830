using System.CommandLine;
using ReportGen.Building;
using ReportGen.Templating.Sets;
using ReportGen.Writers;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen watch DATA [--out DIR] [--templates SET] [--format …]</c>: builds the paper, then builds it again each
/// time the data, a template or the theme is saved, printing the diagnostics. A broken save builds nothing, so the
/// last good outputs stay; Ctrl+C stops it.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = new Argument<string>("data") { Description = "The budget data file (JSON) to build, and to watch." };
        var output = new Option<string>("--out") { Description = "The folder to write into.", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format") { Description = "Formats to write, comma-separated.", DefaultValueFactory = _ => string.Join(",", DocumentWriters.Formats) };
        var templates = new Option<string?>("--templates") { Description = "The template set: a name or a folder (a folder's templates and theme are watched too)." };
        var builds = new Option<int>("--builds") { Description = "Stop after this many builds (for scripts and tests); 0, the default, watches until Ctrl+C.", DefaultValueFactory = _ => 0 };
        var command = new Command("watch", "Build the paper, then build it again whenever the data, a template or the theme changes.") { data, output, formats, templates, builds };
        command.SetAction((parsed, cancel) =>
        {
            var writers = parsed.GetValue(formats)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(DocumentWriters.Find).ToList();
            if (writers.Count == 0 || writers.Any(w => w is null))
            {
                stderr.WriteLine($"reportgen: --format: use one or more of {string.Join(", ", DocumentWriters.Formats)}.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var file = parsed.GetValue(data)!;
            if (!File.Exists(file))
            {
                stderr.WriteLine($"{file}: error RG0001: the data file does not exist. Check the path.");
                return Task.FromResult(ExitCodes.InputMissing);
            }
            var request = new BuildRequest(file, parsed.GetValue(templates), [.. writers.OfType<IDocumentWriter>()], parsed.GetValue(output)!, $"ReportGen {App.Version}");
            var folders = new List<string> { Path.GetDirectoryName(Path.GetFullPath(file))! };
            var named = request.Templates ?? Loading.BudgetLoader.LoadFile(file).Paper?.TemplateSet;
            if (TemplateSets.Resolve(named, out _)?.Folder is { } templateFolder) folders.Add(Path.GetFullPath(templateFolder));
            return Task.FromResult(Watch(request, folders, parsed.GetValue(builds), stdout, stderr, cancel));
        });
        return command;
    }

    private static int Watch(BuildRequest request, IReadOnlyList<string> folders, int maxBuilds, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        using var changed = new SemaphoreSlim(0);
        var watchers = folders.Distinct().Select(folder =>
        {
            var watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size, IncludeSubdirectories = false };
            void Signal(object? _, FileSystemEventArgs e)
            {
                // Our own outputs and an editor's temporary files are not changes to the paper.
                if (e.Name is { } name && !name.StartsWith(".reportgen", StringComparison.Ordinal) && !name.EndsWith(".manifest.json", StringComparison.OrdinalIgnoreCase)
                    && (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase)))
                    changed.Release();
            }
            watcher.Changed += Signal;
            watcher.Created += Signal;
            watcher.Renamed += (sender, e) => Signal(sender, e);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }).ToList();
        try
        {
            var built = 0;
            var code = Build(request, ++built, stdout, stderr);
            stdout.WriteLine($"watching {string.Join(" and ", folders.Distinct())} (Ctrl+C to stop)");
            while (maxBuilds == 0 || built < maxBuilds)
            {
                changed.Wait(cancel);
                // An editor saves in bursts (write, rename, touch): let the burst end, then build once.
                while (changed.Wait(TimeSpan.FromMilliseconds(40), cancel)) { }
                code = Build(request, ++built, stdout, stderr);
            }
            return code;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }

    private static int Build(BuildRequest request, int number, TextWriter stdout, TextWriter stderr)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var outcome = BuildJob.Run(request);
        DiagnosticPrinter.Print(outcome.Diagnostics, stderr);
        stdout.WriteLine(outcome.Stage == BuildStage.Done
            ? $"build {number}: wrote {outcome.Files.Count} files in {started.ElapsedMilliseconds} ms"
            : $"build {number}: not built ({outcome.Stage}); the last good outputs are unchanged");
        stdout.Flush();
        return BuildCommand.ExitCode(outcome.Stage);
    }
}
