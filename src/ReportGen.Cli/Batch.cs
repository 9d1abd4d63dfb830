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

    /// <summary>Builds every paper; exit 0 when all were built, else the first failure's code.</summary>
    public static int Run(IReadOnlyList<string> papers, BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var root = CommonFolder(papers);
        var failures = new List<(string Paper, int Code)>();
        for (var i = 0; i < papers.Count; i++)
        {
            var paper = papers[i];
            var relative = Path.GetRelativePath(root, paper);
            var folder = Path.Combine(request.OutputFolder, Path.ChangeExtension(relative, null));
            stdout.WriteLine($"[{i + 1}/{papers.Count}] {paper}");
            var code = BuildCommand.BuildOne(request with { DataFile = paper, OutputFolder = folder }, stdout, stderr);
            if (code != ExitCodes.Success) failures.Add((paper, code));
        }
        stdout.WriteLine($"built {papers.Count - failures.Count} of {papers.Count} papers" + (failures.Count == 0 ? "." : ":"));
        foreach (var (paper, code) in failures)
            stdout.WriteLine($"  failed  {paper} (exit {code}: {Meaning(code)})");
        return failures.Count == 0 ? ExitCodes.Success : failures[0].Code;
    }

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
