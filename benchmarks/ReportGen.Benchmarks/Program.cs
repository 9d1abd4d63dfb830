using BenchmarkDotNet.Running;
using ReportGen.Loading;

namespace ReportGen.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/ReportGen.Benchmarks -- --filter '*' [--job short]</c> runs the suite;
/// <c>… -- generate SCALE FILE</c> writes the reference paper with SCALE times its lines, still valid, for the
/// whole-process script.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["generate", var scale, var file])
            return Generate(int.Parse(scale, System.Globalization.CultureInfo.InvariantCulture), file);
        if (args is ["markdown", var data, var output])
            return Markdown(data, output);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    // The Markdown the templates make, for timing the usual alternative pipeline (pandoc, LibreOffice) on the same text.
    private static int Markdown(string data, string output)
    {
        var loaded = BudgetLoader.LoadFile(data);
        var built = Building.PaperBuilder.Build(loaded.Paper!, loaded.Figures!, Path.Combine(Repo.Root(), "templates", "board-paper"), "bench");
        File.WriteAllText(output, built.Markdown);
        return built.Succeeded ? 0 : 1;
    }

    private static int Generate(int scale, string file)
    {
        var reference = BudgetLoader.LoadFile(Path.Combine(Repo.Root(), "data", "2022-23", "budget.json"));
        var lines = reference.Paper!.Programmes.Sum(p => p.Items.Count()) * scale;
        var bytes = BudgetJson.ToUtf8(LargeBudget.From(reference.Paper, lines));
        var check = BudgetLoader.Load(bytes, file);
        if (!check.Succeeded)
        {
            Console.Error.WriteLine(string.Join("\n", check.Diagnostics.Take(5)));
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        File.WriteAllBytes(file, bytes);
        Console.WriteLine($"{file}: {lines} lines");
        return 0;
    }
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
