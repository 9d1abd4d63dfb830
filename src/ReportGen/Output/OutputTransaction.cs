using ReportGen.Diagnostics;
using ReportGen.Files;

namespace ReportGen;

/// <summary>
/// The swap itself, for targets already checked: new files written and flushed, a journal, each previous file
/// moved aside, each new one moved in, then "committed" and the old copies removed. A failing step undoes
/// every earlier one, and the message says what is true afterwards — "the previous outputs are as they were"
/// only when they are.
/// </summary>
internal sealed class OutputTransaction(CommitRequest request, List<OutputTarget> targets, DiagnosticBag diagnostics)
{
    /// <summary>For tests: called before each move; throwing there stands for a move the file system refused.</summary>
    internal static Action<string>? BeforeMove { get; set; }

    private readonly int pid = Environment.ProcessId;
    private readonly List<OutputTarget> movedAside = [];
    private readonly List<OutputTarget> movedIn = [];
    private readonly List<string> written = [];

    private string Folder(string name) => Path.Combine(request.Folder, name);
    private string New(OutputTarget t) => Folder(OutputJournal.New(pid, t.Name));
    private string Old(OutputTarget t) => Folder(OutputJournal.Old(pid, t.Name));
    private string Journal => Folder(OutputJournal.Journal(pid));

    public CommitOutcome Run()
    {
        var step = "";
        OutputTarget? current = null;
        try
        {
            foreach (var target in targets)
            {
                (step, current) = ("written", target);
                OutputJournal.WriteDurably(New(target), target.Bytes);
                written.Add(New(target));
            }
            (step, current) = ("recorded", null);
            OutputJournal.WriteDurably(Journal, OutputJournal.Write(targets.Select(t => (t.Name, t.Existed))));
            written.Add(Journal);
            foreach (var target in targets.Where(t => t.Existed))
            {
                (step, current) = ("moved aside", target);
                Move(target.Path, Old(target));
                movedAside.Add(target);
            }
            foreach (var target in targets)
            {
                (step, current) = ("moved into place", target);
                Move(New(target), target.Path);
                movedIn.Add(target);
            }
            // The commit point: from here on, an interrupted build is finished forwards, not undone.
            (step, current) = ("committed", null);
            File.Move(Journal, Folder(OutputJournal.Committed(pid)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return RollBack(step, current, ex);
        }
        RemovePrevious();
        return new CommitOutcome(true, diagnostics.Items, targets.Select(t => t.Path).ToList());
    }

    // rename(2), which is atomic. (Without overwrite, .NET on Linux links and unlinks, and where the unlink is
    // refused — an immutable file — it leaves a copy behind.) Every destination is free: a working name of this
    // process, or a target just moved aside.
    private static void Move(string from, string to)
    {
        BeforeMove?.Invoke(to);
        File.Move(from, to, overwrite: true);
    }

    private CommitOutcome RollBack(string step, OutputTarget? failed, Exception cause)
    {
        var what = failed is null ? $"the commit's journal in {request.ShownFolder}" : Path.Combine(request.ShownFolder, failed.Name);
        var at = new SourceLocation(failed is null ? request.ShownFolder : what);
        var stuck = new List<string>();
        foreach (var target in Enumerable.Reverse(movedIn))
            Try(() => File.Move(target.Path, New(target), overwrite: true), $"{target.Name} (the new one is in place)", stuck);
        foreach (var target in Enumerable.Reverse(movedAside))
            Try(() => File.Move(Old(target), target.Path, overwrite: true), $"{target.Name} (the previous one is at {OutputJournal.Old(pid, target.Name)})", stuck);
        if (stuck.Count == 0)
        {
            foreach (var path in written) Try(() => File.Delete(path), Path.GetFileName(path), []);
            if (step == "written")
                diagnostics.Error("RG0501", at, $"the new {failed!.Name} could not be written into {request.ShownFolder}: {InputFile.Reason(cause)}. Nothing was changed: the previous outputs are as they were.");
            else
                diagnostics.Error("RG0506", at, $"{what} could not be {step}: {InputFile.Reason(cause)}. Every step was undone: nothing was changed, the previous outputs are as they were.");
        }
        else
        {
            // The journal stays, so the next build into this folder finishes putting the previous outputs back.
            diagnostics.Error("RG0507", at,
                $"{what} could not be {step} ({InputFile.Reason(cause)}), and undoing it failed too for: {string.Join("; ", stuck)}. " +
                "The outputs are a mix of old and new until the next build into this folder puts the previous ones back.");
        }
        return new CommitOutcome(false, diagnostics.Items, []);
    }

    private void RemovePrevious()
    {
        try
        {
            foreach (var target in movedAside) File.Delete(Old(target));
            File.Delete(Folder(OutputJournal.Committed(pid)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(OutputRecovery.Code, new SourceLocation(request.ShownFolder),
                $"the new outputs are all in place, but the previous ones could not be tidied away ({InputFile.Reason(ex)}); the next build into this folder removes them.");
        }
    }

    private static void Try(Action action, string what, List<string> stuck)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stuck.Add(what);
        }
    }
}
