using ReportGen.Comparing;
using ReportGen.Model;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Comparing;

public class PaperComparerTests
{
    private static BudgetPaper Reference => Papers.Reference;

    private static IReadOnlyList<PaperChange> Compare(BudgetPaper old, BudgetPaper updated) =>
        PaperComparer.Compare(Papers.FiguresOf(old), Papers.FiguresOf(updated));

    private static BudgetPaper WithProgramme(BudgetPaper paper, string id, Func<Programme, Programme> change) =>
        paper with { Programmes = paper.Programmes.Select(p => p.Id == id ? change(p) : p).ToList() };

    private static Programme WithItems(Programme p, Func<IReadOnlyList<BudgetLine>, IReadOnlyList<BudgetLine>> change) =>
        p with { Groups = [p.Groups[0] with { Lines = change(p.Groups[0].Lines) }, .. p.Groups.Skip(1)] };

    [Fact]
    public void The_same_paper_has_no_changes() =>
        Assert.Equal("No changes.\n", ChangeReport.Write(Compare(Reference, Reference)));

    [Fact]
    public void A_line_keeps_its_identity_through_a_new_label_when_it_has_an_id()
    {
        var renamed = WithProgramme(Reference, "victims-services", p => WithItems(p, lines => [.. lines.Select(l => l.Id == "vs-dwp" ? l with { Label = "Department for Work and Pensions" } : l)]));
        var change = Assert.Single(Compare(Reference, renamed));
        Assert.Equal((ChangeKind.Changed, "Label", "DWP", "Department for Work and Pensions", "vs-dwp"), (change.Kind, change.Subject, change.Old, change.New, change.Id));
    }

    [Fact]
    public void Without_ids_a_renamed_line_is_one_removed_and_one_added()
    {
        static Programme Anonymous(Programme p, string? rename) => WithItems(p, lines => [.. lines.Select(l => l with { Id = null, Label = rename is not null && l.Label == "DWP" ? rename : l.Label })]);
        var before = WithProgramme(Reference, "victims-services", p => Anonymous(p, null));
        var after = WithProgramme(Reference, "victims-services", p => Anonymous(p, "Department for Work and Pensions"));
        var kinds = Compare(before, after).Select(c => (c.Kind, c.Subject)).ToList();
        Assert.Equal([(ChangeKind.Added, "Department for Work and Pensions"), (ChangeKind.Removed, "DWP")], kinds);
    }

    [Fact]
    public void A_changed_amount_moves_the_computed_totals_with_it()
    {
        var raised = WithProgramme(Reference, "community-safety", p => WithItems(p, lines => [.. lines.Select(l => l.Id == "cs-new-chance" ? l with { Amount = 269_000 } : l)]));
        var changes = Compare(Reference, raised).Select(c => $"{c.Subject}: {c.Old} → {c.New}").ToList();
        Assert.Equal(["New Chance: £270,000 → £269,000 (-£1,000)", "Total allocated: £3,591,893 → £3,590,893 (-£1,000)"], changes);
    }

    [Fact]
    public void Added_and_removed_programmes_are_reported_whole()
    {
        var without = Reference with { Programmes = [.. Reference.Programmes.Where(p => p.Id != "active-citizens")] };
        var changes = Compare(Reference, without);
        Assert.Contains(changes, c => c is { Kind: ChangeKind.Removed, Subject: "Programme", Old: "£400,000", Id: "active-citizens" });
        Assert.Contains(changes, c => c is { Section: "Funding summary", Old: "11,291", New: "10,891 (-400)" });
        Assert.Contains(Compare(without, Reference), c => c is { Kind: ChangeKind.Added, Subject: "Programme" });
    }

    [Fact]
    public void In_a_paper_with_several_columns_each_changed_column_is_one_change()
    {
        var before = Papers.LoadValid(Repo.Path("data", "examples", "two-year-budget.json"));
        var after = WithProgramme(before, "community-safety", p => WithItems(p, lines =>
            [.. lines.Select(l => l.Id == "cs-yot" ? l with { Amount = Amounts.Of([new("prior", 610_000m), new("budget", 652_108m)]) } : l)]));
        var changes = Compare(before, after).Select(c => $"{c.Section} | {c.Subject}: {c.Old} → {c.New}").ToList();
        Assert.Contains("Community Safety | Youth Offending [prior]: £600,000 → £610,000 (+£10,000)", changes);
        Assert.Contains("Community Safety | Total allocated [prior]: £974,000 → £984,000 (+£10,000)", changes);
        Assert.DoesNotContain(changes, c => c.Contains("[budget]", StringComparison.Ordinal));
    }
}
