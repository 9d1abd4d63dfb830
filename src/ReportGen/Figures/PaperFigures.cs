using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ReportGen.Model;

namespace ReportGen.Figures;

/// <summary>
/// Every figure of a paper, per stored column, computed from its lines: each programme's, the funding summary's
/// total and rounding, and the named figures templates quote. Compute it from a paper whose amounts validated.
/// </summary>
public sealed class PaperFigures
{
    private readonly Lazy<FigureBook> book;

    private PaperFigures(BudgetPaper paper, ColumnSet columns)
    {
        Paper = paper;
        Columns = columns;
        var width = columns.Stored.Length;
        var programmes = new ProgrammeFigures[paper.Programmes.Count];
        for (var i = 0; i < programmes.Length; i++) programmes[i] = new ProgrammeFigures(paper.Programmes[i], columns);
        Programmes = ImmutableCollectionsMarshal.AsImmutableArray(programmes);
        Total = ColumnValues.Sum(programmes, p => p.Total, width);
        TotalThousands = Total.Map(Money.ToThousands);
        SumOfRoundedRows = ColumnValues.Sum(programmes, p => p.Thousands, width);
        book = new(() => new FigureBook(this));
    }

    /// <summary>Computes the figures of <paramref name="paper"/> in its <paramref name="columns"/>.</summary>
    public static PaperFigures Compute(BudgetPaper paper, ColumnSet columns) => new(paper, columns);

    /// <summary>The paper the figures are of.</summary>
    public BudgetPaper Paper { get; }

    /// <summary>The paper's columns.</summary>
    public ColumnSet Columns { get; }

    /// <summary>Each programme's figures, in paper order.</summary>
    public ImmutableArray<ProgrammeFigures> Programmes { get; }

    /// <summary>The sum of the programme totals, in pounds.</summary>
    public ColumnValues Total { get; }

    /// <summary>The summary total in £000s: the rounded exact total.</summary>
    public ColumnValues TotalThousands { get; }

    /// <summary>The sum of the rounded £000s rows; it can differ from <see cref="TotalThousands"/> by rounding.</summary>
    public ColumnValues SumOfRoundedRows { get; }

    /// <summary>True when, in some column, the rounded rows do not add up to the rounded total, so the paper needs a rounding note.</summary>
    public bool NeedsRoundingNote => !SumOfRoundedRows.SameAs(TotalThousands);

    /// <summary>The figures of the programme with this id, or null.</summary>
    public ProgrammeFigures? Of(string programmeId) => Programmes.FirstOrDefault(p => p.Programme.Id == programmeId);

    /// <summary>Every figure a template or a published-figure check can name.</summary>
    public FigureBook Named => book.Value;
}
