using ReportGen.Model;

namespace ReportGen.Building;

/// <summary>Which copy of a paper to build: the public one, or the full one with exempt information.</summary>
public enum Edition
{
    /// <summary>Exempt information left out, a placeholder printed instead: the copy to publish (the default).</summary>
    Public,
    /// <summary>Everything, every page and the file name marked as not for publication.</summary>
    Full,
}

/// <summary>What an edition leaves out.</summary>
public static class Editions
{
    /// <summary>The mark on every page of the full edition.</summary>
    public const string NotForPublication = "NOT FOR PUBLICATION";

    /// <summary>True when <paramref name="paper"/> withholds something from its public edition.</summary>
    public static bool HasExemptions(BudgetPaper paper) =>
        paper.ExemptWording.Count > 0 || paper.ExemptSections.Count > 0
        || paper.Programmes.Any(p => p.Exempt is not null || Lines(p).Any(l => l.Exempt is not null));

    /// <summary>
    /// The paper whose figures the public edition prints: lines and programmes whose exemption keeps them out of
    /// the totals are removed, so no total gives their amounts away. Null when nothing is removed.
    /// </summary>
    public static BudgetPaper? ForPublicTotals(BudgetPaper paper)
    {
        static bool Out(Exemption? e) => e is not null && e.InTotals == false;
        if (!paper.Programmes.Any(p => Out(p.Exempt) || Lines(p).Any(l => Out(l.Exempt)))) return null;
        return paper with
        {
            Programmes = [.. paper.Programmes.Where(p => !Out(p.Exempt)).Select(p => p with
            {
                Groups = [.. p.Groups.Select(g => g with { Lines = [.. g.Lines.Where(l => !Out(l.Exempt))] })],
                Funding = [.. p.Funding.Where(l => !Out(l.Exempt))],
                CarryForwards = [.. p.CarryForwards.Where(l => !Out(l.Exempt))],
                Drawdowns = [.. p.Drawdowns.Where(l => !Out(l.Exempt))],
                // A ring-fenced grant and its allocation go together: either side withheld from totals takes both.
                RingFenced = [.. p.RingFenced.Where(r => !Out(r.Allocation.Exempt) && !Out(r.Funding.Exempt))],
            })],
        };
    }

    private static IEnumerable<BudgetLine> Lines(Programme p) =>
        p.Items.Concat(p.Funding).Concat(p.CarryForwards).Concat(p.Drawdowns).Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding }));
}
