using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// The reference paper with exempt information: the Helpline line (still counted in totals), the Costs line (kept out
/// of the public totals too) and the whole External Commissioning programme.
/// </summary>
internal static class ExemptPaper
{
    public const string Reason = "paragraph 3 of Schedule 12A to the Local Government Act 1972";

    public static BudgetPaper Build()
    {
        var paper = Papers.Reference;
        BudgetLine Exempt(BudgetLine line) => line.Id switch
        {
            "vs-helpline" => line with { Exempt = new Exemption { Reason = Reason } },
            "vs-costs" => line with { Exempt = new Exemption { Reason = Reason, InTotals = false } },
            _ => line,
        };
        return paper with
        {
            Programmes = [.. paper.Programmes.Select(p => p with
            {
                Exempt = p.Id == "external-commissioning" ? new Exemption { Reason = Reason } : null,
                Groups = [.. p.Groups.Select(g => g with { Lines = [.. g.Lines.Select(Exempt)] })],
            })],
        };
    }
}
