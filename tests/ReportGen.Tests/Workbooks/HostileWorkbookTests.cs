using System.IO.Compression;
using System.Text;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// Whatever file is handed to the import — not a workbook, a damaged one, one that unpacks to gigabytes, one with a
/// million rows, a Word document — it gets a located diagnostic and a non-zero exit, never an exception (exit 70),
/// and the data file is left as it was.
/// </summary>
public class HostileWorkbookTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "empty", "RG0400" },
        { "random bytes", "RG0400" },
        { "xls", "RG0400" },
        { "truncated", "RG0400" },
        { "docx", "RG0400" },
        { "zip of nothing", "RG0400" },
        { "bomb", "RG0402" },
        { "far row", "RG0400" },
        { "doctype", "RG0400" },
        { "bad shared string", "RG0416" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_that_is_not_a_good_workbook_is_a_diagnostic(string kind, string code)
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.Copy(Repo.ReferenceData, data);
        var workbook = folder.File("budget.xlsx");
        File.WriteAllBytes(workbook, Make(kind));
        var run = CliRun.Of("import", workbook, "--into", data);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{workbook}", run.Stderr);
        Assert.Contains($"error {code}: ", run.Stderr);
        Assert.DoesNotContain("internal error", run.Stderr);
        Assert.Equal(File.ReadAllBytes(Repo.ReferenceData), File.ReadAllBytes(data));
    }

    [Fact]
    public void A_missing_workbook_or_data_file_exits_3_and_a_folder_is_not_a_workbook()
    {
        using var folder = new TempDir();
        var missing = CliRun.Of("import", folder.File("nope.xlsx"), "--into", Repo.ReferenceData);
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains($"{folder.File("nope.xlsx")}: error RG0401: the workbook does not exist.", missing.Stderr);
        File.WriteAllBytes(folder.File("b.xlsx"), Workbook.Of(Repo.ReferenceData));
        var noData = CliRun.Of("import", folder.File("b.xlsx"), "--into", folder.File("nope.json"));
        Assert.Equal(3, noData.ExitCode);
        Assert.Contains("error RG0001: the data file does not exist.", noData.Stderr);
        var directory = CliRun.Of("import", folder.Path, "--into", Repo.ReferenceData);
        Assert.Equal(3, directory.ExitCode);
        Assert.Equal(2, CliRun.Of("import", folder.File("b.xlsx")).ExitCode);
    }

    [Fact]
    public void A_paper_whose_column_key_the_workbook_uses_itself_is_told_so()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.WriteAllText(data, File.ReadAllText(Repo.Path("data", "examples", "two-year-budget.json")).Replace("\"prior\"", "\"label\"", StringComparison.Ordinal));
        var result = WorkbookImport.FromFiles(folder.File("x.xlsx"), data);
        Assert.Contains(result.Diagnostics, d => d.Code == "RG0401");
        File.WriteAllBytes(folder.File("x.xlsx"), Workbook.Of(Repo.ReferenceData));
        result = WorkbookImport.FromFiles(folder.File("x.xlsx"), data);
        Assert.Contains(result.Diagnostics, d => d.Code == "RG0420" && d.Message.Contains("'label'", StringComparison.Ordinal));
    }

    private static byte[] Make(string kind)
    {
        var good = Workbook.Of(Repo.ReferenceData);
        switch (kind)
        {
            case "empty": return [];
            case "random bytes": return [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))];
            case "xls": return [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]];
            case "truncated": return good[..(good.Length / 2)];
            case "docx": return File.ReadAllBytes(Docx());
            case "zip of nothing": return Zip(("hello.txt", "hello"u8.ToArray()));
            case "bomb":
                // A part that unpacks to 80 MB of zeros: its size in the zip's directory gives it away before it is read.
                return Replace(good, ("xl/bomb.bin", new byte[80 * 1024 * 1024]));
            case "far row": return Replace(good, ("xl/worksheets/sheet2.xml", Encoding.UTF8.GetBytes(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"900000\"><c r=\"A900000\"><v>1</v></c></row></sheetData></worksheet>")));
            case "doctype": return Replace(good, ("xl/worksheets/sheet2.xml", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>")));
            case "bad shared string": return WorkbookEdit.Apply(good, e => e.SharedString("Active Citizens (POCA)", "A4", 99999));
        }
        throw new ArgumentException(kind);
    }

    private static string Docx()
    {
        var built = Built.Reference;
        var path = Path.Combine(Path.GetTempPath(), $"reportgen-hostile-{Environment.ProcessId}.docx");
        using (var file = File.Create(path))
            ReportGen.Writers.DocumentWriters.Find("docx")!.Write(built.Document!, built.Theme!, file, new ReportGen.Diagnostics.DiagnosticBag());
        return path;
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
                using (var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open())
                    entry.Write(bytes);
        return stream.ToArray();
    }

    // The workbook with one part replaced or added.
    private static byte[] Replace(byte[] workbook, (string Name, byte[] Bytes) part)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part.Name)?.Delete();
            using var entry = zip.CreateEntry(part.Name, CompressionLevel.Optimal).Open();
            entry.Write(part.Bytes);
        }
        return stream.ToArray();
    }
}
