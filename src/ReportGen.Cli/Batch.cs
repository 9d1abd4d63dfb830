using ReportGen.Building;

namespace ReportGen.Cli;

/// <summary>
/// Many papers in one process: several data files, or every data file in a folder, each built into its own folder
/// inside --out (named after its path), one failure not stopping the rest, and a summary at the end.
/// </summary>
internal static class Batch
{
    /// <summary>The data files the arguments name: files as given, folders searched for *.json (schemas aside), in order.</summary>
    public static List<string>? Papers(string[] arguments, TextWriter stderr)
    {
        var papers = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument) && arguments.Length > 0)
            {
                var found = Directory.GetFiles(argument, "*.json", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) stderr.WriteLine($"reportgen: {argument} holds no data files (*.json).");
                papers.AddRange(found);
            }
            else
                papers.Add(argument);
        }
        return papers.Count == 0 ? null : papers;
    }

    /// <summary>
    /// How many papers are built at once: one per core, at most four. Each paper has its own outputs and folder lock,
    /// and what it prints is held until the papers before it have printed, so the output reads as a sequential build's.
    /// </summary>
    public static int Workers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Builds every paper; exit 0 when all were built, else the first failure's code.</summary>
    public static int Run(IReadOnlyList<string> papers, BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var root = CommonFolder(papers);
        var built = new Built?[papers.Count];
        var printed = 0;
        var gate = new object();
        Parallel.For(0, papers.Count, new ParallelOptions { MaxDegreeOfParallelism = Workers }, i =>
        {
            var folder = Path.Combine(request.OutputFolder, Path.ChangeExtension(Path.GetRelativePath(root, papers[i]), null));
            var (output, errors) = (new StringWriter(), new StringWriter());
            var code = BuildCommand.BuildOne(request with { DataFile = papers[i], OutputFolder = folder }, output, errors);
            lock (gate)
            {
                built[i] = new Built(code, output.ToString(), errors.ToString());
                for (; printed < papers.Count && built[printed] is { } done; printed++)
                {
                    stdout.WriteLine($"[{printed + 1}/{papers.Count}] {papers[printed]}");
                    stdout.Write(done.Output);
                    stderr.Write(done.Errors);
                }
            }
        });
        var failures = papers.Select((paper, i) => (Paper: paper, built[i]!.Code)).Where(p => p.Code != ExitCodes.Success).ToList();
        stdout.WriteLine($"built {papers.Count - failures.Count} of {papers.Count} papers" + (failures.Count == 0 ? "." : ":"));
        foreach (var (paper, code) in failures)
            stdout.WriteLine($"  failed  {paper} (exit {code}: {Meaning(code)})");
        return failures.Count == 0 ? ExitCodes.Success : failures[0].Code;
    }

    private sealed record Built(int Code, string Output, string Errors);

    private static string Meaning(int code) => code switch
    {
        ExitCodes.DataErrors => "the data has errors",
        ExitCodes.InputMissing => "the data file cannot be read",
        ExitCodes.TemplateErrors => "the templates failed",
        _ => "the outputs could not be written",
    };

    // The deepest folder every paper is in, so each paper's own folder inside --out is its path from there.
    private static string CommonFolder(IReadOnlyList<string> papers)
    {
        var folders = papers.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!.Split(Path.DirectorySeparatorChar)).ToList();
        var common = folders[0].AsEnumerable();
        foreach (var folder in folders.Skip(1))
            common = common.Zip(folder).TakeWhile(pair => pair.First == pair.Second).Select(pair => pair.First).ToList();
        var path = string.Join(Path.DirectorySeparatorChar, common);
        return path.Length == 0 ? Path.GetPathRoot(Path.GetFullPath(papers[0]))! : path;
    }
}
