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

    // Every command, in the order help lists them, by the name typed to run it.
    private static readonly (string Name, Func<TextWriter, TextWriter, Command> Create)[] Commands =
    [
        ("validate", ValidateCommand.Create),
        ("schema", SchemaCommand.Create),
        ("build", BuildCommand.Create),
        ("diff", DiffCommand.Create),
        ("new", NewCommand.Create),
        ("check", CheckCommand.Create),
        ("import", ImportCommand.Create),
        ("verify", VerifyCommand.Create),
        ("templates", TemplatesCommand.Create),
        ("watch", WatchCommand.Create),
    ];

    /// <summary>Runs one command line, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // A plain command named "reportgen" rather than RootCommand, which names itself after the running
        // process (a test host, a renamed binary): help always shows the command people type.
        var root = new Command("reportgen", "ReportGen: builds a Police and Crime Commissioner's board paper (PDF, DOCX, HTML) from a budget data file.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        // A line naming its command first needs only that command: making the other nine (their options, defaults and
        // actions) cost a framework-dependent start-up 30 ms of compiling. Anything else (help, a typo, an option first)
        // gets them all, so help lists every command and a misspelt one is matched against every name.
        var named = false;
        foreach (var (name, _) in Commands) named |= args.Length > 0 && args[0] == name;
        foreach (var (name, create) in Commands)
            if (!named || args[0] == name) root.Subcommands.Add(create(stdout, stderr));
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
