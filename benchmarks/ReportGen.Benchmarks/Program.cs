using BenchmarkDotNet.Running;

namespace ReportGen.Benchmarks;

/// <summary>dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- --filter '*' [--job short]</summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

internal static class Repo
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportGen.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
