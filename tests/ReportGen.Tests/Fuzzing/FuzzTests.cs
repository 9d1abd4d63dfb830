using ReportGen.Fuzzing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Fuzzing;

/// <summary>
/// The short fuzz run (the long one is scripts/fuzz.sh): the first cases of a fixed seed, each a few structured
/// mutations of the 2022/23 budget, through the whole command — load, validate, build PDF, DOCX and HTML, read
/// each back. Any exit 70, stack trace, undocumented exit code or output that does not read back fails, with the
/// case minimised in the message so that it can be kept under Regressions/.
/// </summary>
public class FuzzTests
{
    /// <summary>The seed of the short run; the long run starts from the same cases.</summary>
    public const ulong Seed = 20220322;

    public static TheoryData<int> Batches() => [0, 1, 2, 3];

    private const int CasesPerBatch = 6;

    [Theory]
    [MemberData(nameof(Batches))]
    public void The_first_cases_of_the_seeded_run_pass_through_the_whole_pipeline(int batch)
    {
        var failures = new List<string>();
        for (var i = batch * CasesPerBatch; i < (batch + 1) * CasesPerBatch; i++)
        {
            var mutations = Mutation.CaseNumber(Seed, i);
            if (InProcessRunner.Run(mutations, out var detail) is not { } failure) continue;
            var minimal = Minimiser.Minimise(mutations, failure, m => InProcessRunner.Run(m, out _), maxRuns: 12);
            failures.Add($"case {i} [{string.Join(' ', minimal)}]: {failure}\n{detail}");
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public void The_same_seed_gives_the_same_cases_and_the_same_bytes()
    {
        var reference = File.ReadAllBytes(Repo.ReferenceData);
        for (var i = 0; i < 20; i++)
        {
            var first = Mutation.CaseNumber(Seed, i);
            Assert.Equal(first, Mutation.CaseNumber(Seed, i));
            Assert.Equal(BudgetMutator.Apply(reference, first), BudgetMutator.Apply(reference, first));
            Assert.Equal(first, first.Select(m => Mutation.Parse(m.ToString())));
        }
        Assert.NotEqual(Mutation.CaseNumber(Seed, 0), Mutation.CaseNumber(Seed, 1));
    }

    [Fact]
    public void The_mutations_reach_every_kind_of_damage()
    {
        var kinds = Enumerable.Range(0, 400).SelectMany(i => Mutation.CaseNumber(Seed, i)).Select(m => m.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<MutationKind>().ToHashSet(), kinds);
        // The sentinels become what a JSON tree cannot hold: a lone surrogate escape and bytes that are not UTF-8.
        var reference = File.ReadAllBytes(Repo.ReferenceData);
        var lone = BudgetMutator.Apply(reference, [new Mutation(MutationKind.Text, 3, Array.IndexOf(Palettes.Text, "A" + Palettes.LoneHigh + "B"))]);
        Assert.Contains("\\ud800", System.Text.Encoding.UTF8.GetString(lone));
        var bad = BudgetMutator.Apply(reference, [new Mutation(MutationKind.Text, 3, Array.IndexOf(Palettes.Text, "A" + Palettes.BadBytes + "B"))]);
        Assert.Contains((byte)0xFF, bad);
    }
}
