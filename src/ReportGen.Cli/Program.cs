namespace ReportGen.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var stdout = GuardedWriter.Standard(1);
        var stderr = GuardedWriter.Standard(2);
        App.ErrorIsTerminal = !Console.IsErrorRedirected;
        var code = App.Run(args, stdout, stderr);
        stdout.Flush();
        stderr.Flush();
        if (stdout.Failure is { } reason)
        {
            stderr.WriteLine($"reportgen: standard output could not be written ({reason}), so what this command printed there is incomplete.");
            if (code == ExitCodes.Success) code = ExitCodes.OutputFailed;
        }
        // With standard error gone no message can be given; the exit code is all that is left to tell.
        if (stderr.Failure is not null && code == ExitCodes.Success) code = ExitCodes.OutputFailed;
        return code;
    }
}
