namespace ReportGen.Cli;

internal static class Program
{
    private static int Main(string[] args) => App.Run(args, Console.Out, Console.Error);
}
