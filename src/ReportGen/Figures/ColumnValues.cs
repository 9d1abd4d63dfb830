using ReportGen.Model;

namespace ReportGen.Figures;

/// <summary>
/// One figure in every stored column: a line's amounts, a sub-total, a total. A column where nothing contributed
/// holds null (printed "–"), which is not the same as £0. Sums treat null as nothing: null + null is null,
/// null + x is x.
/// </summary>
public readonly struct ColumnValues
{
    private readonly decimal?[] values;

    private ColumnValues(decimal?[] values) => this.values = values;

    /// <summary>How many stored columns.</summary>
    public int Count => values?.Length ?? 0;

    /// <summary>The value in stored column <paramref name="index"/>, or null.</summary>
    public decimal? this[int index] => values[index];

    /// <summary>Nothing in any of <paramref name="width"/> columns.</summary>
    public static ColumnValues Empty(int width) => new(new decimal?[width]);

    /// <summary>A line's amounts, placed in the paper's stored columns.</summary>
    public static ColumnValues Of(Amounts amounts, ColumnSet columns)
    {
        var values = new decimal?[columns.Stored.Length];
        foreach (var column in columns.Stored) values[column.Index] = amounts.In(column.Key, columns.Main.Key);
        return new ColumnValues(values);
    }

    /// <summary>The same value in every column (a count).</summary>
    public static ColumnValues Fill(int width, decimal? value)
    {
        var values = new decimal?[width];
        for (var i = 0; i < width; i++) values[i] = value;
        return new ColumnValues(values);
    }

    // The sums below are loops over arrays and our own generic method rather than Linq over this struct: each
    // Linq or collection instantiation over a value type of ours is compiled at run time by a framework-dependent
    // build (ReadyToRun cannot precompile it), which cost more at start-up than the arithmetic.

    /// <summary>The column-by-column sum of some rows.</summary>
    public static ColumnValues Sum(ReadOnlySpan<ColumnValues> rows, int width)
    {
        var sum = new decimal?[width];
        foreach (var row in rows) row.AddTo(sum);
        return new ColumnValues(sum);
    }

    /// <summary>The column-by-column sum of the row <paramref name="pick"/> takes from each item.</summary>
    public static ColumnValues Sum<T>(IEnumerable<T> items, Func<T, ColumnValues> pick, int width) where T : class
    {
        var sum = new decimal?[width];
        foreach (var item in items) pick(item).AddTo(sum);
        return new ColumnValues(sum);
    }

    /// <summary>The column-by-column sum of some amounts, each placed in the paper's stored columns.</summary>
    public static ColumnValues SumOf(IEnumerable<Amounts> amounts, ColumnSet columns)
    {
        var sum = new decimal?[columns.Stored.Length];
        foreach (var amount in amounts) Of(amount, columns).AddTo(sum);
        return new ColumnValues(sum);
    }

    /// <summary>How many of some amounts have a value in each stored column (nothing where none has).</summary>
    public static ColumnValues CountOf(IEnumerable<Amounts> amounts, ColumnSet columns)
    {
        var count = new decimal?[columns.Stored.Length];
        foreach (var amount in amounts) Of(amount, columns).Map(_ => 1).AddTo(count);
        return new ColumnValues(count);
    }

    private void AddTo(decimal?[] sum)
    {
        for (var i = 0; i < sum.Length; i++)
            if (values[i] is { } v) sum[i] = (sum[i] ?? 0) + v;
    }

    /// <summary>This plus <paramref name="other"/>, column by column.</summary>
    public ColumnValues Plus(ColumnValues other) => Combine(other, (a, b) => a + b);

    /// <summary>This minus <paramref name="other"/>, column by column.</summary>
    public ColumnValues Minus(ColumnValues other) => Combine(other, (a, b) => a - b);

    /// <summary>Each value changed by <paramref name="map"/> (rounding to £000s, say).</summary>
    public ColumnValues Map(Func<decimal, decimal> map)
    {
        var mapped = new decimal?[values.Length];
        for (var i = 0; i < values.Length; i++)
            if (values[i] is { } x) mapped[i] = map(x);
        return new ColumnValues(mapped);
    }

    /// <summary>These values in the stored columns <paramref name="indices"/>, nothing in the others.</summary>
    public ColumnValues Only(IEnumerable<int> indices)
    {
        var kept = new decimal?[values.Length];
        foreach (var i in indices) kept[i] = values[i];
        return new ColumnValues(kept);
    }

    /// <summary>The value a column shows: a stored value, or a difference or percentage worked out from two stored values.</summary>
    public decimal? In(ResolvedColumn column) => column.Compute switch
    {
        null => values[column.Index],
        ColumnComputation.Difference => Difference(values[column.From], values[column.To]),
        _ => PercentChange(values[column.From], values[column.To]),
    };

    /// <summary>True when every column holds the same value as <paramref name="other"/> (null equal to null).</summary>
    public bool SameAs(ColumnValues other)
    {
        ReadOnlySpan<decimal?> mine = values, theirs = other.values;
        if (mine.Length != theirs.Length) return false;
        for (var i = 0; i < mine.Length; i++)
            if (mine[i] != theirs[i]) return false;
        return true;
    }

    /// <summary>
    /// The change from <paramref name="from"/> to <paramref name="to"/>: a new line (no earlier amount) has changed by
    /// all of its later amount, an ended one by minus its earlier one; nothing when neither is there.
    /// </summary>
    internal static decimal? Difference(decimal? from, decimal? to) =>
        from is null && to is null ? null : (to ?? 0) - (from ?? 0);

    /// <summary>
    /// The change as a percentage of the earlier amount's size, so it has the sign of the change beside it (a
    /// deduction growing from −£10,000 to −£20,000 is −100%, not +100%); nothing for a change from nothing or zero.
    /// </summary>
    internal static decimal? PercentChange(decimal? from, decimal? to) =>
        from is not { } earlier || earlier == 0 ? null : ((to ?? 0) - earlier) * 100m / Math.Abs(earlier);

    private ColumnValues Combine(ColumnValues other, Func<decimal, decimal, decimal> op)
    {
        var result = new decimal?[values.Length];
        for (var i = 0; i < result.Length; i++)
            result[i] = values[i] is null && other.values[i] is null ? null : op(values[i] ?? 0, other.values[i] ?? 0);
        return new ColumnValues(result);
    }
}
