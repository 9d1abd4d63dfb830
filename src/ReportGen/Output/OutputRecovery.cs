using System.Text.RegularExpressions;
using ReportGen.Diagnostics;
using ReportGen.Files;

namespace ReportGen;

/// <summary>
/// Finishes what an interrupted build left in an output folder, run under the folder's lock before each commit
/// (so every working file seen belongs to a build that is no longer running). A committed build is rolled
/// forward (its backups removed); an uncommitted one is rolled back (its targets restored as the journal
/// records them); stray new files are removed. Only files named by <see cref="OutputJournal"/>, and the
/// "NAME.pdf.tmp-PID" files of earlier ReportGen versions, are ever touched.
/// </summary>
internal static partial class OutputRecovery
{
    public const string Code = "RG0508";

    public static void Run(string folder, string shownFolder, DiagnosticBag diagnostics)
    {
        // Our working files by the build (process) that left them, builds in the order first met. A loop: Linq over
        // tuples here, run at every commit, cost a framework-dependent start some 40 JIT-compiled methods.
        var builds = new Dictionary<int, Dictionary<string, string>>();
        var pids = new List<int>();
        foreach (var path in Directory.EnumerateFiles(folder, OutputJournal.Prefix + "*"))
        {
            var name = Path.GetFileName(path);
            if (OutputJournal.Parse(name) is not { } parsed || FileKinds.Of(path) != FileKind.Regular) continue;
            if (!builds.TryGetValue(parsed.Pid, out var found))
            {
                builds[parsed.Pid] = found = new Dictionary<string, string>(StringComparer.Ordinal);
                pids.Add(parsed.Pid);
            }
            found[name] = path;
        }
        foreach (var pid in pids)
        {
            var files = builds[pid];
            string what;
            if (files.TryGetValue(OutputJournal.Committed(pid), out var committed))
            {
                what = "had put all its new outputs in place; its copies of the previous ones were removed";
                DeleteAll(files.Values.Where(p => p != committed));
                File.Delete(committed);
            }
            else if (files.TryGetValue(OutputJournal.Journal(pid), out var journal) && OutputJournal.Read(journal) is { } targets)
            {
                what = "stopped half-way through replacing its outputs; the previous ones were put back";
                foreach (var (name, existed) in targets)
                {
                    var target = Path.Combine(folder, name);
                    if (files.TryGetValue(OutputJournal.Old(pid, name), out var backup)) File.Move(backup, target, overwrite: true);
                    else if (!existed && FileKinds.Of(target) == FileKind.Regular) File.Delete(target);
                }
                DeleteAll(files.Values.Where(p => OutputJournal.Parse(Path.GetFileName(p))!.Value.Kind == "new"));
                File.Delete(journal);
            }
            else
            {
                what = "stopped before replacing anything; its unfinished files were removed";
                // Without a journal nothing was moved aside; a lone backup is kept rather than guessed about.
                DeleteAll(files.Values.Where(p => OutputJournal.Parse(Path.GetFileName(p))!.Value.Kind == "new"));
            }
            diagnostics.Warning(Code, new SourceLocation(shownFolder), $"an earlier build into this folder (process {pid}) {what}.");
        }
        var legacy = Directory.EnumerateFiles(folder).Where(p => LegacyTemporary().IsMatch(Path.GetFileName(p))).ToList();
        if (legacy.Count == 0) return;
        DeleteAll(legacy);
        diagnostics.Warning(Code, new SourceLocation(shownFolder), $"removed {legacy.Count} unfinished file(s) an interrupted build left: {string.Join(", ", legacy.Select(Path.GetFileName))}.");
    }

    private static void DeleteAll(IEnumerable<string> paths)
    {
        foreach (var path in paths) File.Delete(path);
    }

    // Earlier versions wrote "board-paper-2022-23.pdf.tmp-1234" beside the output.
    [GeneratedRegex(@"^[A-Za-z0-9._-]+\.(pdf|docx|html|json)\.tmp-[0-9]+$")]
    private static partial Regex LegacyTemporary();
}
