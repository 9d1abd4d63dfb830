using System.Diagnostics;
using ReportGen.Cli;
using ReportGen.Files;
using ReportGen.Loading;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Files;

/// <summary>
/// The data file read with suspicion: any kind of file is read with the 10 MB limit enforced while reading,
/// and a folder, a link that loops or leads nowhere is a located diagnostic with exit code 3, never exit 70.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public class InputFileTests
{
    [Fact]
    public void Dev_zero_is_refused_after_the_limit_plus_one_byte()
    {
        var run = CliRun.Of("validate", "/dev/zero");
        Assert.Equal(ExitCodes.DataErrors, run.ExitCode);
        Assert.Contains("/dev/zero: error RG0002: the data file is too large: it is more than 10,485,760 bytes", run.Stderr);
        var read = InputFile.Read("/dev/zero", 1000, allowSpecial: true);
        Assert.Equal(InputFailure.TooLarge, read.Failure);
        using var output = new TempDir();
        var build = CliRun.Of("build", "/dev/zero", "--out", output.Path);
        Assert.Equal(ExitCodes.DataErrors, build.ExitCode);
        Assert.Contains("error RG0002", build.Stderr);
    }

    [Fact]
    public async Task A_fifo_is_read_like_a_file_and_an_endless_one_stops_at_the_limit()
    {
        using var folder = new TempDir();
        var fifo = MakeFifo(folder, "budget.json");
        var writer = Task.Run(() => File.WriteAllBytes(fifo, File.ReadAllBytes(Repo.ReferenceData)));
        var run = CliRun.Of("validate", fifo);
        await writer;
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.EndsWith(": valid\n", run.Stdout);

        var endless = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var chunk = new byte[65536];
                while (true) stream.Write(chunk);
            }
            catch (IOException)
            {
                // The reader stopped at the limit and closed its end: that is the point.
            }
        });
        run = CliRun.Of("validate", fifo);
        await endless.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("error RG0002", run.Stderr);
    }

    [Fact]
    public void A_folder_is_exit_code_3_with_its_own_code()
    {
        using var folder = new TempDir();
        var run = CliRun.Of("validate", folder.Path);
        Assert.Equal(ExitCodes.InputMissing, run.ExitCode);
        Assert.Contains($"{folder.Path}: error RG0003: the data file is a folder.", run.Stderr);
        Assert.Equal(ExitCodes.InputMissing, CliRun.Of("build", folder.Path, "--out", folder.File("out")).ExitCode);
    }

    [Fact]
    public void A_symbolic_link_loop_or_a_dangling_link_is_exit_code_3()
    {
        using var folder = new TempDir();
        File.CreateSymbolicLink(folder.File("a.json"), "b.json");
        File.CreateSymbolicLink(folder.File("b.json"), "a.json");
        File.CreateSymbolicLink(folder.File("gone.json"), "nowhere.json");
        var loop = CliRun.Of("validate", folder.File("a.json"));
        Assert.Equal(ExitCodes.InputMissing, loop.ExitCode);
        Assert.Contains("error RG0004: the data file cannot be read: Too many levels of symbolic links.", loop.Stderr);
        var dangling = CliRun.Of("validate", folder.File("gone.json"));
        Assert.Equal(ExitCodes.InputMissing, dangling.ExitCode);
        Assert.Contains("error RG0001: the data file does not exist: it is a symbolic link to 'nowhere.json', which does not exist.", dangling.Stderr);
    }

    [Fact]
    public void A_file_another_program_holds_an_exclusive_lock_on_is_unreadable_not_a_crash()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.Copy(Repo.ReferenceData, data);
        using (new FileStream(data, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var run = CliRun.Of("validate", data);
            Assert.Equal(ExitCodes.InputMissing, run.ExitCode);
            Assert.Matches(@"error RG0004: the data file cannot be read: The process cannot access the file because it is being used by another process\.\n", run.Stderr);
        }
    }

    [Fact]
    public void A_file_the_user_may_not_read_is_exit_code_3_not_a_crash()
    {
        using var folder = new TempDir();
        var data = folder.File("budget.json");
        File.Copy(Repo.ReferenceData, data);
        File.SetUnixFileMode(data, UnixFileMode.None);
        // Root reads anything, so as root the command runs as nobody (a real process: permissions are per process).
        var run = Environment.UserName == "root"
            ? RealProcess.Shell($"runuser -u nobody -- {RealProcess.ShellCommand("validate", data)}")
            : RealProcess.Run(["validate", data]);
        Assert.Equal(ExitCodes.InputMissing, run.ExitCode);
        Assert.Equal($"{data}: error RG0004: the data file cannot be read: permission denied: ReportGen may not read it.\n1 error(s), 0 warning(s)\n", run.Stderr);
    }

    [Fact]
    public void The_kind_of_a_path_is_told_apart()
    {
        using var folder = new TempDir();
        File.WriteAllText(folder.File("plain"), "x");
        File.CreateSymbolicLink(folder.File("link"), "plain");
        Assert.Equal(FileKind.Regular, FileKinds.Of(folder.File("plain")));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(folder.File("link")));
        Assert.Equal(FileKind.Regular, FileKinds.Of(folder.File("link"), followLinks: true));
        Assert.Equal(FileKind.Directory, FileKinds.Of(folder.Path));
        Assert.Equal(FileKind.Missing, FileKinds.Of(folder.File("none")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(folder.File("plain/under-a-file")));
        Assert.Equal(FileKind.Special, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.Special, FileKinds.Of(MakeFifo(folder, "fifo")));
    }

    [Fact]
    public void Only_the_limit_plus_one_byte_of_an_endless_input_is_kept() =>
        Assert.Equal(InputFailure.TooLarge, InputFile.Read("/dev/zero", BudgetLoader.MaxFileBytes, allowSpecial: true).Failure);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(999)]
    [InlineData(1000)]
    public void A_regular_file_is_read_whole_at_any_size_up_to_the_limit(int size)
    {
        using var folder = new TempDir();
        var path = folder.File("data.json");
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        var limit = size <= 1000 ? 1000 : 100_000;
        var read = InputFile.Read(path, limit, allowSpecial: false);
        Assert.Equal(InputFailure.None, read.Failure);
        Assert.Equal(bytes, read.Bytes);
        File.AppendAllText(path, new string('x', limit - size + 1));
        Assert.Equal(InputFailure.TooLarge, InputFile.Read(path, limit, allowSpecial: false).Failure);
    }

    [Fact]
    public void A_file_whose_length_is_not_known_in_advance_is_read_whole()
    {
        // /proc files say they are empty and are not: the reader must grow rather than trust the length. A test
        // host maps more than the 64 KB first read, so this one grows.
        var read = InputFile.Read("/proc/self/maps", 10_000_000, allowSpecial: true);
        Assert.Equal(InputFailure.None, read.Failure);
        Assert.True(read.Bytes!.Length > 65_536, $"read {read.Bytes.Length} bytes");
        var text = System.Text.Encoding.ASCII.GetString(read.Bytes);
        Assert.EndsWith("\n", text);
        Assert.Contains("System.Private.CoreLib.dll", text);
    }

    internal static string MakeFifo(TempDir folder, string name)
    {
        var path = folder.File(name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
