using ReportGen.Tests.Support;

namespace ReportGen.Tests.Fuzzing;

/// <summary>
/// Every case the fuzzer once failed on, minimised and kept under Fuzzing/Regressions/ (NAME.json, with NAME.txt
/// saying what it did), replayed through the whole command: none may fail again. A case whose fix belongs to
/// another area and has not reached this branch is listed in Regressions/open.txt with its owner; it is replayed
/// too, and must still fail — so the day it passes, the list is corrected rather than left to rot.
/// </summary>
public class RegressionReplayTests
{
    private static string Folder => Repo.Path("tests", "ReportGen.Tests", "Fuzzing", "Regressions");

    // "NAME  owner: why" lines; '#' starts a comment.
    private static Dictionary<string, string> Open() =>
        File.ReadAllLines(Path.Combine(Folder, "open.txt"))
            .Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0)
            .ToDictionary(l => l.Split(' ', 2)[0], l => l.Split(' ', 2).ElementAtOrDefault(1)?.Trim() ?? "");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_case_that_once_failed_passes_unless_its_fix_is_still_open(string name)
    {
        Assert.True(File.Exists(Path.Combine(Folder, name + ".txt")), $"{name}.json has no {name}.txt saying what it found");
        var data = File.ReadAllBytes(Path.Combine(Folder, name + ".json"));
        var open = Open().TryGetValue(name, out var owner);
        // A case that once ran for ever is replayed in a process of its own, which can be killed if it still does;
        // while its fix is open, a few seconds show it still does.
        var failure = File.ReadAllText(Path.Combine(Folder, name + ".txt")).StartsWith("failure: timeout", StringComparison.Ordinal)
            ? InProcessRunner.RunAsProcess(data, TimeSpan.FromSeconds(open ? 2 : 30), out var detail)
            : InProcessRunner.Run(data, out detail);
        if (open)
            Assert.True(failure is not null, $"{name} passes now: take it off open.txt ({owner})");
        else
            Assert.True(failure is null, $"{name}: {failure}\n{detail}");
    }

    [Fact]
    public void Every_open_case_exists_and_names_its_owner()
    {
        foreach (var (name, owner) in Open())
        {
            Assert.True(File.Exists(Path.Combine(Folder, name + ".json")), $"open.txt lists {name}, which is not there");
            Assert.Contains("owner:", owner);
        }
    }
}
