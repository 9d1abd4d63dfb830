using System.Diagnostics;

namespace ReportGen.Cli;

/// <summary>
/// What a long build is doing, on standard error when it is a terminal: nothing for a build under a second (most
/// papers), then each stage as it starts. Piped or redirected, it says nothing, so scripts see only what they asked for.
/// </summary>
internal sealed class Progress(TextWriter stderr, string paper) : IProgress<string>, IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly bool terminal = App.ErrorIsTerminal;
    private bool spoke;

    public void Report(string stage)
    {
        if (!terminal || clock.Elapsed < TimeSpan.FromSeconds(1)) return;
        stderr.WriteLine($"reportgen: {paper}: {stage} ({clock.Elapsed.TotalSeconds:0.0} s)");
        spoke = true;
    }

    /// <summary>Closes the story a slow build told.</summary>
    public void Done()
    {
        if (spoke) stderr.WriteLine($"reportgen: {paper}: done in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    public void Dispose() => clock.Stop();
}
