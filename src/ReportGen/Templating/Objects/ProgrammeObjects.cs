using ReportGen.Figures;
using ReportGen.Model;
using Scriban.Runtime;

namespace ReportGen.Templating.Objects;

/// <summary>A programme, its groups and its lines as templates see them, every figure per column.</summary>
internal static class ProgrammeObjects
{
    /// <param name="whole">The programme with every line, when <paramref name="figures"/> leave out lines kept out of the
    /// public totals: those lines are still listed, withheld, so the placeholder says something was left out.</param>
    public static ScriptObject Programme(ProgrammeFigures figures, Cells cells, IEnumerable<ScriptObject> corrections, Programme? whole = null)
    {
        var p = figures.Programme;
        var listed = whole ?? p;
        // Every line of a withheld programme is withheld with it.
        var programmeWithheld = cells.Withheld(p.Exempt);
        ScriptObject Line(BudgetLine line) => ProgrammeObjects.Line(line.Id, line.Label, line.Amount, cells, line.Hidden, line.Deduction, programmeWithheld ?? cells.Withheld(line.Exempt));
        ScriptObject Transfer(Transfer t) => ProgrammeObjects.Line(t.Id, t.Label, t.Amount, cells, hidden: false, deduction: false, withheld: null);
        return new ScriptObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["funding_stream"] = p.FundingStream,
            ["appendix"] = Layout(p.Appendix),
            ["must_balance"] = p.MustBalance,
            ["withheld"] = programmeWithheld,
            ["groups"] = new ScriptArray(p.Groups.Select((g, i) => new ScriptObject
            {
                ["id"] = g.Id,
                ["heading"] = g.Heading,
                ["subtotal_label"] = g.SubtotalLabel,
                ["lines"] = new ScriptArray(listed.Groups[i].Lines.Select(Line)),
                ["subtotal"] = cells.Of(figures.Subtotals[i]),
            })),
            ["funding"] = new ScriptArray(listed.Funding.Select(Line)),
            ["shown_funding"] = new ScriptArray(listed.Funding.Where(f => !f.Hidden).Select(Line)),
            ["transfers_out"] = new ScriptArray(p.TransfersOut.Select(Transfer)),
            ["transfers_in"] = new ScriptArray(p.TransfersIn.Select(Transfer)),
            ["carry_forwards"] = new ScriptArray(listed.CarryForwards.Select(Line)),
            ["drawdowns"] = new ScriptArray(listed.Drawdowns.Select(Line)),
            ["ring_fenced"] = new ScriptArray(p.RingFenced.Select(r => new ScriptObject { ["allocation"] = Line(r.Allocation), ["funding"] = Line(r.Funding) })),
            ["total_allocated"] = cells.Of(figures.TotalAllocated),
            ["funding_total"] = cells.Of(figures.Funding),
            ["funding_available"] = cells.Of(figures.FundingAvailable),
            ["sources"] = cells.Of(figures.Sources),
            ["uses"] = cells.Of(figures.Uses),
            ["difference"] = cells.Of(figures.Difference),
            ["difference_label"] = DifferenceLabel(figures, cells.Columns),
            ["total"] = cells.Of(figures.Total),
            ["line_count"] = figures.LineCount[cells.Columns.Main.Index] ?? 0,
            ["corrections"] = new ScriptArray(corrections),
        };
    }

    /// <summary>
    /// The label of the row showing a programme's difference: "Unallocated" when funding exceeds uses in the main
    /// column, "Over-programmed" when uses exceed it — whichever the layout gives — or null (no row).
    /// </summary>
    private static string? DifferenceLabel(ProgrammeFigures figures, ColumnSet columns)
    {
        var difference = figures.Difference[columns.Main.Index] ?? 0;
        var layout = figures.Programme.Appendix;
        return figures.Programme.MustBalance || difference == 0 ? null
            : difference > 0 ? layout.UnallocatedLabel : layout.OverProgrammedLabel;
    }

    private const int LineMembers = 9;

    private static ScriptObject Line(string? id, string label, Amounts amount, Cells cells, bool hidden, bool deduction, string? withheld)
    {
        // A withheld line reaches the templates with nothing of its own: no id, no label, no amounts — so no
        // template, however written, can print what the public edition must not carry.
        if (withheld is not null) (id, label, amount) = (null, "", Amounts.None);
        var values = ColumnValues.Of(amount, cells.Columns);
        var main = values[cells.Columns.Main.Index];
        var others = cells.Columns.Stored.Where(c => c.Index != cells.Columns.Main.Index).Select(c => values[c.Index]).ToList();
        // Made the size it ends up: one object per budget line, and growing each one's table three times over was
        // 2 % of a 4,500-line build's garbage.
        return new ScriptObject(LineMembers)
        {
            ["id"] = id,
            ["label"] = label,
            ["display_label"] = main is { } m && label.Contains("{amount}", StringComparison.Ordinal)
                ? label.Replace("{amount}", cells.Money.Pounds(m), StringComparison.Ordinal) : label,
            ["values"] = cells.Of(values),
            ["hidden"] = hidden,
            ["deduction"] = deduction,
            ["withheld"] = withheld,
            // Only a paper with an earlier column can say a line is new or has ended.
            ["is_new"] = main is not null && others.Count > 0 && others.All(v => v is null),
            ["has_ended"] = main is null && others.Any(v => v is not null),
        };
    }

    private static ScriptObject Layout(AppendixTable table) => new()
    {
        ["heading"] = table.Heading,
        ["new_page"] = table.NewPage,
        ["label_column"] = table.LabelColumn,
        ["amount_column"] = table.AmountColumn,
        ["total_allocated_label"] = table.TotalAllocatedLabel,
        ["funding_available_label"] = table.FundingAvailableLabel,
        ["total_label"] = table.TotalLabel,
        ["unallocated_label"] = table.UnallocatedLabel,
        ["over_programmed_label"] = table.OverProgrammedLabel,
    };
}
