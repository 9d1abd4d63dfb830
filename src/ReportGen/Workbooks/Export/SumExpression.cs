using System.Globalization;
using ReportGen.Figures;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// A total as a formula: SUMs of rows (on this sheet or another), less SUMs of other rows, plus a constant for
/// amounts the public edition withholds but still counts. Rows next to each other become one range; a list too
/// long for one SUM (hundreds of groups) becomes a SUMIF on the Row column, so no formula outgrows what Excel reads.
/// </summary>
internal sealed class SumExpression
{
    private const int MaxRanges = 40;

    private readonly List<Term> plus = [];
    private readonly List<Term> minus = [];
    private ColumnValues? constant;

    private abstract record Term(SheetPlan Sheet);
    private sealed record RangeTerm(SheetPlan Sheet, int First, int Last) : Term(Sheet);
    private sealed record KindTerm(SheetPlan Sheet, int First, int Last, string Kind) : Term(Sheet);

    /// <summary>True when nothing has been added: the total has no rows at all.</summary>
    public bool IsEmpty => plus.Count == 0 && minus.Count == 0 && constant is null;

    /// <summary>Adds the rows <paramref name="rows"/> of <paramref name="sheet"/>, all of the kinds <paramref name="kinds"/>.</summary>
    public SumExpression Add(SheetPlan sheet, IReadOnlyCollection<int> rows, params RowKind[] kinds) => Into(plus, sheet, rows, kinds);

    /// <summary>Takes away the rows <paramref name="rows"/> of <paramref name="sheet"/>.</summary>
    public SumExpression Subtract(SheetPlan sheet, IReadOnlyCollection<int> rows, params RowKind[] kinds) => Into(minus, sheet, rows, kinds);

    /// <summary>Adds every term of <paramref name="other"/>.</summary>
    public SumExpression Add(SumExpression other)
    {
        plus.AddRange(other.plus);
        minus.AddRange(other.minus);
        if (other.constant is { } c) AddConstant(c);
        return this;
    }

    /// <summary>Adds amounts that are counted but not shown (withheld lines in the public edition).</summary>
    public SumExpression AddConstant(ColumnValues values)
    {
        constant = constant is { } c ? c.Plus(values) : values;
        return this;
    }

    /// <summary>The formula (without '=') for stored column <paramref name="stored"/>, written on <paramref name="onSheet"/>.</summary>
    public string Render(int stored, SheetPlan onSheet, Func<SheetPlan, int, string> letter)
    {
        var added = Parts(plus, stored, onSheet, letter);
        var taken = Parts(minus, stored, onSheet, letter);
        var text = string.Join("+", added);
        if (constant?[stored] is { } c && c != 0)
            text += (c < 0 ? "-" : text.Length > 0 ? "+" : "") + Math.Abs(c).ToString(CultureInfo.InvariantCulture);
        foreach (var part in taken) text += "-" + part;
        return text.Length == 0 ? "0" : text;
    }

    private SumExpression Into(List<Term> terms, SheetPlan sheet, IReadOnlyCollection<int> rows, RowKind[] kinds)
    {
        if (rows.Count == 0) return this;
        var ranges = new List<RangeTerm>();
        foreach (var row in rows.Order())
        {
            if (ranges.Count > 0 && ranges[^1].Last == row - 1) ranges[^1] = ranges[^1] with { Last = row };
            else ranges.Add(new RangeTerm(sheet, row, row));
        }
        if (ranges.Count <= MaxRanges || kinds.Length == 0) terms.AddRange(ranges);
        else terms.AddRange(kinds.Select(k => new KindTerm(sheet, ranges[0].First, ranges[^1].Last, WorkbookLayout.NameOf(k))));
        return this;
    }

    private static List<string> Parts(List<Term> terms, int stored, SheetPlan onSheet, Func<SheetPlan, int, string> letter)
    {
        string Prefix(SheetPlan sheet) => sheet == onSheet ? "" : CellRefs.Quoted(sheet.Name) + "!";
        string Range(SheetPlan sheet, string column, int first, int last) =>
            Prefix(sheet) + (first == last ? $"{column}{first}" : $"{column}{first}:{column}{last}");

        var parts = new List<string>();
        var ranges = terms.OfType<RangeTerm>().Select(t => Range(t.Sheet, letter(t.Sheet, stored), t.First, t.Last)).ToList();
        for (var i = 0; i < ranges.Count; i += MaxRanges)
            parts.Add($"SUM({string.Join(",", ranges.Skip(i).Take(MaxRanges))})");
        foreach (var t in terms.OfType<KindTerm>())
        {
            var kinds = Range(t.Sheet, CellRefs.Column(t.Sheet.ColumnOf(WorkbookLayout.RowKey)), t.First, t.Last);
            parts.Add($"SUMIF({kinds},\"{t.Kind}\",{Range(t.Sheet, letter(t.Sheet, stored), t.First, t.Last)})");
        }
        return parts;
    }
}
