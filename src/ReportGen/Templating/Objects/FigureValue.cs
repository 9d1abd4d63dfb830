using ReportGen.Figures;
using ReportGen.Formatting;

namespace ReportGen.Templating.Objects;

/// <summary>What a figure in a template is: pounds, a percentage change, or a count.</summary>
public enum FigureKind
{
    /// <summary>Pounds.</summary>
    Pounds,
    /// <summary>Pounds already rounded to £000s.</summary>
    Thousands,
    /// <summary>A percentage change.</summary>
    Percent,
    /// <summary>A count of lines or programmes.</summary>
    Count,
}

/// <summary>
/// One figure as a template sees it — a table cell, a total, a named figure — with no amount (<see cref="Value"/>
/// null, printed "–") kept apart from £0. The template functions print it; printed bare, it prints in pounds.
/// </summary>
public sealed class FigureValue(decimal? value, FigureKind kind, MoneyFormat format)
{
    /// <summary>The amount, or null when there is none.</summary>
    public decimal? Value => value;

    /// <summary>What the amount measures.</summary>
    public FigureKind Kind => kind;

    /// <summary>The figure in column <paramref name="column"/> of <paramref name="values"/>.</summary>
    public static FigureValue In(ColumnValues values, ResolvedColumn column, FigureUnit unit, MoneyFormat format) =>
        new(values.In(column), column.IsPercent ? FigureKind.Percent : unit switch
        {
            FigureUnit.Thousands => FigureKind.Thousands,
            FigureUnit.Count => FigureKind.Count,
            _ => FigureKind.Pounds,
        }, format);

    /// <summary>£1,234,567 (or the percentage, count or £000s figure it is); "–" for none.</summary>
    public string Money() => Print(Form.Pounds);

    /// <summary>1,235 for £1,234,567 — the £000s tables' form; "–" for none.</summary>
    public string Thousands() => Print(Form.Thousands);

    /// <summary>£1.23 million; "–" for none.</summary>
    public string Millions() => Print(Form.Millions);

    /// <summary>1,234,567 with no £; "–" for none.</summary>
    public string Number() => Print(Form.Number);

    private enum Form { Pounds, Thousands, Millions, Number }

    // The figure in its own terms whatever is asked: a percentage stays a percentage, a count a count.
    private string Print(Form form)
    {
        if (value is not { } v) return MoneyFormat.Missing;
        if (kind == FigureKind.Percent) return format.Percent(v);
        if (kind == FigureKind.Count) return format.Number(v);
        var pounds = kind == FigureKind.Thousands ? v * 1000 : v;
        return form switch
        {
            Form.Thousands => kind == FigureKind.Thousands ? format.Number(v) : format.Thousands(pounds),
            Form.Millions => format.Millions(pounds),
            Form.Number => format.Number(v),
            _ => format.Pounds(pounds),
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Money();
}
