namespace ReportGen.Fuzzing;

/// <summary>
/// Shrinks a failing case: drops mutations one at a time, and moves each to a smaller payload, while the same
/// class of failure still happens. What is left is the regression case kept for the tests to replay.
/// </summary>
public static class Minimiser
{
    /// <summary>The smallest case found that still fails with <paramref name="failure"/>; <paramref name="fails"/> runs one.</summary>
    public static Mutation[] Minimise(Mutation[] mutations, string failure, Func<Mutation[], string?> fails, int maxRuns = 60)
    {
        var runs = 0;
        bool StillFails(Mutation[] candidate) => runs++ < maxRuns && fails(candidate) == failure;
        var current = mutations;
        for (var i = current.Length - 1; i >= 0 && current.Length > 1; i--)
        {
            var without = current.Where((_, j) => j != i).ToArray();
            if (StillFails(without)) current = without;
        }
        for (var i = 0; i < current.Length; i++)
            foreach (var target in new[] { current[i].Target / 2, current[i].Target / 10 }.Where(t => t < current[i].Target).Distinct())
            {
                var smaller = current.Select((m, j) => j == i ? m with { Target = target } : m).ToArray();
                if (StillFails(smaller)) current = smaller;
            }
        return current;
    }
}
