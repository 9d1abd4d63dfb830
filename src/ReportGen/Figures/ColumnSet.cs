using System.Collections.Immutable;
using ReportGen.Model;

namespace ReportGen.Figures;

/// <summary>One of the paper's columns, resolved: where its amounts live, or what it computes from which columns.</summary>
/// <param name="Key">The column's key.</param>
/// <param name="Heading">Its heading, if the data gives one.</param>
/// <param name="Compute">What a computed column computes; null for a stored column.</param>
/// <param name="Index">A stored column's place in every <see cref="ColumnValues"/>; -1 for a computed one.</param>
/// <param name="From">A computed column's earlier stored column index.</param>
/// <param name="To">A computed column's later stored column index.</param>
public sealed record ResolvedColumn(string Key, string? Heading, ColumnComputation? Compute, int Index, int From, int To)
{
    /// <summary>True for a column lines give amounts for.</summary>
    public bool IsStored => Compute is null;

    /// <summary>True when the column's values are percentages rather than pounds.</summary>
    public bool IsPercent => Compute == ColumnComputation.PercentChange;
}

/// <summary>
/// The paper's amount columns, resolved once: the display order, the stored ones, and the main one a plain
/// <c>amount</c> means. A paper that declares none has one stored column, <see cref="DefaultKey"/>.
/// </summary>
public sealed class ColumnSet
{
    /// <summary>The key of the one column of a paper that declares none.</summary>
    public const string DefaultKey = "amount";

    private ColumnSet(ImmutableArray<ResolvedColumn> all, ResolvedColumn main)
    {
        All = all;
        Stored = [.. all.Where(c => c.IsStored)];
        Main = main;
    }

    /// <summary>Every column, in the order tables print them.</summary>
    public ImmutableArray<ResolvedColumn> All { get; }

    /// <summary>The stored columns, in order; <see cref="ColumnValues"/> holds one value for each.</summary>
    public ImmutableArray<ResolvedColumn> Stored { get; }

    /// <summary>The main column: the year the paper is about.</summary>
    public ResolvedColumn Main { get; }

    /// <summary>The column with this key, or null.</summary>
    public ResolvedColumn? Find(string key) => All.FirstOrDefault(c => c.Key == key);

    /// <summary>The one column of a paper that declares none.</summary>
    public static ColumnSet Single { get; } = OneColumn(new ResolvedColumn(DefaultKey, null, null, 0, -1, -1));

    private static ColumnSet OneColumn(ResolvedColumn column) => new([column], column);

    /// <summary>
    /// Resolves the paper's declared columns, reporting each problem as (JSON path, code, message); the result is
    /// null when the declaration cannot be used.
    /// </summary>
    public static ColumnSet? Resolve(BudgetPaper paper, Action<string, string, string> problem)
    {
        if (paper.Columns is not { } declared)
        {
            if (paper.MainColumn is { } named && named != DefaultKey)
                problem("$.main_column", "RG0251", $"main_column '{named}' names a column, but the paper declares no 'columns'. Remove main_column, or declare the columns.");
            return Single;
        }
        var ok = true;
        var stored = new List<ResolvedColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < declared.Count; i++)
        {
            var column = declared[i];
            var at = $"$.columns[{i}]";
            if (!IsKey(column.Key))
            {
                problem($"{at}.key", "RG0250", $"'{column.Key}' is not a column key: use letters, digits, '_' and '-' (for example \"prior\", \"budget\").");
                ok = false;
            }
            else if (!seen.Add(column.Key))
            {
                problem($"{at}.key", "RG0250", $"column key '{column.Key}' is declared twice. Give each column its own key.");
                ok = false;
            }
            if (column.Compute is null)
            {
                if (column.From is not null || column.To is not null)
                    problem(at, "RG0252", $"column '{column.Key}' has 'from'/'to' but no 'compute'. Add \"compute\": \"difference\" or \"percent_change\", or remove them.");
                stored.Add(new ResolvedColumn(column.Key, column.Heading, null, stored.Count, -1, -1));
            }
        }
        if (stored.Count == 0)
        {
            problem("$.columns", "RG0250", "the paper declares no stored column: at least one column must hold amounts (no 'compute').");
            return null;
        }
        var mainKey = paper.MainColumn ?? stored[^1].Key;
        var main = stored.FirstOrDefault(c => c.Key == mainKey);
        if (main is null)
        {
            problem("$.main_column", "RG0251", $"main_column '{mainKey}' is not a stored column. Use one of: {string.Join(", ", stored.Select(c => c.Key))}.");
            return null;
        }

        var all = ImmutableArray.CreateBuilder<ResolvedColumn>();
        for (var i = 0; i < declared.Count; i++)
        {
            var column = declared[i];
            if (column.Compute is not { } compute)
            {
                all.Add(stored.First(c => c.Key == column.Key));
                continue;
            }
            var from = StoredIndex(column.From ?? stored[0].Key, $"$.columns[{i}].from");
            var to = StoredIndex(column.To ?? mainKey, $"$.columns[{i}].to");
            if (from < 0 || to < 0) { ok = false; continue; }
            if (from == to)
            {
                problem($"$.columns[{i}]", "RG0252", $"computed column '{column.Key}' compares '{stored[from].Key}' with itself. Give 'from' and 'to' two different stored columns.");
                ok = false;
                continue;
            }
            all.Add(new ResolvedColumn(column.Key, column.Heading, compute, -1, from, to));
        }
        return ok ? new ColumnSet(all.ToImmutable(), main) : null;

        int StoredIndex(string key, string path)
        {
            var index = stored.FindIndex(c => c.Key == key);
            if (index < 0)
                problem(path, "RG0252", $"'{key}' is not a stored column. A computed column works from stored ones: {string.Join(", ", stored.Select(c => c.Key))}.");
            return index;
        }
    }

    private static bool IsKey(string key) =>
        key.Length is > 0 and <= 40 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
