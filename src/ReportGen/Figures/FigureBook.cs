using ReportGen.Model;

namespace ReportGen.Figures;

/// <summary>What a named figure measures, which decides how it is printed and compared.</summary>
public enum FigureUnit
{
    /// <summary>Pounds.</summary>
    Pounds,
    /// <summary>Pounds rounded to thousands (a £000s figure).</summary>
    Thousands,
    /// <summary>A count of lines or programmes.</summary>
    Count,
}

/// <summary>A figure templates can quote by name, in every column.</summary>
public sealed record NamedFigure(string Name, ColumnValues Values, FigureUnit Unit);

/// <summary>
/// The catalogue of named figures: <c>total</c>, <c>allocated</c>, <c>total_thousands</c>, <c>lines</c>, <c>programmes</c>,
/// <c>programme.ID.FIGURE</c>, <c>group.ID.subtotal</c> and <c>line.ID</c>; <c>NAME@COLUMN</c> picks a column
/// (the main column otherwise). Templates print them so no number is ever typed into a paragraph.
/// </summary>
public sealed class FigureBook
{
    /// <summary>The figures every programme has, by the name after <c>programme.ID.</c>.</summary>
    public static readonly IReadOnlyList<string> ProgrammeFigureNames =
        ["total_allocated", "funding", "funding_available", "transfers_in", "transfers_out", "carried_forward", "drawdowns",
         "sources", "uses", "difference", "ring_fenced", "deductions", "total", "thousands", "lines"];

    private readonly Dictionary<string, NamedFigure> figures = new(StringComparer.Ordinal);

    internal FigureBook(PaperFigures paper)
    {
        var width = paper.Columns.Stored.Length;
        Add("total", paper.Total, FigureUnit.Pounds);
        Add("allocated", ColumnValues.Sum(paper.Programmes, p => p.TotalAllocated, width), FigureUnit.Pounds);
        Add("total_thousands", paper.TotalThousands, FigureUnit.Thousands);
        Add("lines", ColumnValues.Sum(paper.Programmes, p => p.LineCount, width), FigureUnit.Count);
        Add("programmes", ColumnValues.Fill(width, paper.Programmes.Length), FigureUnit.Count);
        foreach (var p in paper.Programmes)
        {
            var at = $"programme.{p.Programme.Id}.";
            ColumnValues[] values = [p.TotalAllocated, p.Funding, p.FundingAvailable, p.TransfersIn, p.TransfersOut, p.CarriedForward,
                p.Drawdowns, p.Sources, p.Uses, p.Difference, p.RingFencedFunding, p.Deductions, p.Total, p.Thousands, p.LineCount];
            for (var i = 0; i < values.Length; i++)
                Add(at + ProgrammeFigureNames[i], values[i], ProgrammeFigureNames[i] switch { "thousands" => FigureUnit.Thousands, "lines" => FigureUnit.Count, _ => FigureUnit.Pounds });
            for (var g = 0; g < p.Programme.Groups.Count; g++)
                if (p.Programme.Groups[g].Id is { } groupId) Add($"group.{groupId}.subtotal", p.Subtotals[g], FigureUnit.Pounds);
            foreach (var line in AllLines(p.Programme))
                if (line.Id is { } id) Add($"line.{id}", ColumnValues.Of(line.Amount, paper.Columns), FigureUnit.Pounds);
            foreach (var transfer in p.Programme.TransfersOut.Concat(p.Programme.TransfersIn))
                if (transfer.Id is { } id) Add($"line.{id}", ColumnValues.Of(transfer.Amount, paper.Columns), FigureUnit.Pounds);
        }
        Columns = paper.Columns;
    }

    /// <summary>The paper's columns, which a name's <c>@COLUMN</c> picks from.</summary>
    public ColumnSet Columns { get; }

    /// <summary>Every figure name, without column suffixes.</summary>
    public IEnumerable<string> Names => figures.Keys;

    /// <summary>Finds <paramref name="name"/> (<c>NAME</c> or <c>NAME@COLUMN</c>): the figure and the column it is asked in.</summary>
    public bool TryFind(string name, out NamedFigure figure, out ResolvedColumn column)
    {
        var at = name.IndexOf('@');
        var key = at < 0 ? null : name[(at + 1)..];
        column = key is null ? Columns.Main : Columns.Find(key)!;
        if (figures.TryGetValue(at < 0 ? name : name[..at], out figure!) && column is not null) return true;
        figure = null!;
        return false;
    }

    /// <summary>The nearest known names, for "did you mean".</summary>
    public IEnumerable<string> Nearest(string name, int count) =>
        figures.Keys.OrderBy(k => Diagnostics.EditDistance.Between(k, name.Split('@')[0])).ThenBy(k => k, StringComparer.Ordinal).Take(count);

    private void Add(string name, ColumnValues values, FigureUnit unit) => figures.TryAdd(name, new NamedFigure(name, values, unit));

    private static IEnumerable<BudgetLine> AllLines(Programme p) =>
        p.Items.Concat(p.Funding).Concat(p.CarryForwards).Concat(p.Drawdowns).Concat(p.RingFenced.SelectMany(r => new[] { r.Allocation, r.Funding }));
}
