using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbooks;

/// <summary><c>reportgen import</c> of a workbook into a copy of the reference data file, as a user runs it: what it printed, and the data file after.</summary>
internal sealed record ImportRun(int ExitCode, string Stdout, string Stderr, string Workbook, byte[] Data)
{
    /// <summary>True when the data file is byte for byte the reference data.</summary>
    public bool DataUnchanged => Data.AsSpan().SequenceEqual(File.ReadAllBytes(Repo.ReferenceData));

    public static ImportRun Of(byte[] workbook)
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.Copy(Repo.ReferenceData, data);
        var path = folder.File("budget.xlsx");
        File.WriteAllBytes(path, workbook);
        var run = CliRun.Of("import", path, "--into", data);
        return new ImportRun(run.ExitCode, run.Stdout, run.Stderr, path, File.ReadAllBytes(data));
    }
}
