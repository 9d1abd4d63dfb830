using System.CommandLine;
using ReportGen.Templating.Sets;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen templates list</c> shows the template sets; <c>reportgen templates copy NAME DIR</c> gives an
/// organisation its own copy of one to edit.
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var list = new Command("list", "Show the template sets: those built into reportgen, and copies in templates/ here that override them.");
        list.SetAction(_ =>
        {
            foreach (var set in BuiltInTemplateSet.All)
            {
                var copied = Path.Combine(TemplateSets.OverrideFolder, set.Name);
                var where = Directory.Exists(copied) ? $"built in; overridden here by {copied}" : "built in";
                stdout.WriteLine($"{set.Name,-14} {TemplateSets.Describe(set)} ({where})");
            }
            if (Directory.Exists(TemplateSets.OverrideFolder))
                foreach (var folder in Directory.GetDirectories(TemplateSets.OverrideFolder).Order(StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(folder);
                    if (BuiltInTemplateSet.Find(name) is not null || !File.Exists(Path.Combine(folder, "paper.sbn"))) continue;
                    stdout.WriteLine($"{name,-14} {TemplateSets.Describe(new FolderTemplateSet(folder, folder))} ({folder})");
                }
            return ExitCodes.Success;
        });

        var name = new Argument<string>("name") { Description = "The set to copy: a built-in set's name, or a set's folder." };
        var target = new Argument<string>("folder") { Description = "The new folder to copy it into (it must not exist, or be empty)." };
        var copy = new Command("copy", "Copy a template set into a folder of your own, to edit its prose and look.") { name, target };
        copy.SetAction(parsed => Copy(parsed.GetValue(name)!, parsed.GetValue(target)!, stdout, stderr));

        return new Command("templates", "Show the template sets, or copy one to edit.") { list, copy };
    }

    private static int Copy(string name, string target, TextWriter stdout, TextWriter stderr)
    {
        var set = TemplateSets.IsPlainName(name) ? BuiltInTemplateSet.Find(name) ?? TemplateSets.Resolve(name, out _) : TemplateSets.Resolve(name, out _);
        if (set is null)
        {
            TemplateSets.Resolve(name, out var problem);
            stderr.WriteLine($"{name}: error RG0300: {problem}");
            return ExitCodes.TemplateErrors;
        }
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            stderr.WriteLine($"{target}: error RG0271: already exists. reportgen never copies a set over files: choose a new folder.");
            return ExitCodes.OutputFailed;
        }
        var files = new List<(string Name, byte[] Bytes)>();
        foreach (var file in set.FileNames)
        {
            var read = set.Read(file, 4 * 1024 * 1024);
            if (read.Bytes is null)
            {
                stderr.WriteLine($"{read.Shown}: error {read.Code}: {read.Problem}");
                return ExitCodes.TemplateErrors;
            }
            files.Add((file, read.Bytes));
        }
        var committed = OutputSet.Commit(new CommitRequest(target, target, files, [], LockWait: null));
        if (!committed.Committed)
        {
            DiagnosticPrinter.Print(committed.Diagnostics, stderr);
            return ExitCodes.OutputFailed;
        }
        stdout.WriteLine($"copied {set.Shown} to {target} ({files.Count} files). Edit its prose-*.sbn files and theme.json, then: reportgen build DATA --templates {target}");
        return ExitCodes.Success;
    }
}
