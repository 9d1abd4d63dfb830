using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;

namespace ReportGen.Cli;

/// <summary>The <c>reportgen</c> command line: parses arguments and hands each command to the library.</summary>
public static class App
{
    /// <summary>The tool's version, as <c>--version</c> prints it and the outputs record it.</summary>
    public static string Version =>
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>True when standard error is a terminal, so long builds may show their progress there.</summary>
    public static bool ErrorIsTerminal { get; set; }

    /// <summary>Runs one command line, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A plain command named "reportgen" rather than RootCommand, which names itself after the running
        // process (a test host, a renamed binary): help always shows the command people type.
        var root = new Command("reportgen", "ReportGen: builds a Police and Crime Commissioner's board paper (PDF, DOCX, HTML) from a budget data file.")
        {
            new HelpOption(),
            new VersionOption(),
            ValidateCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout, stderr),
            BuildCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            NewCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            ImportCommand.Create(stdout, stderr),
            VerifyCommand.Create(stdout, stderr),
            TemplatesCommand.Create(stdout, stderr),
            WatchCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            var code = parsed.Invoke(configuration);
            return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"reportgen: internal error: {ex}");
            stderr.WriteLine("This is a bug in ReportGen; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}
