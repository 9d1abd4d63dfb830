using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Workbooks.Export;

/// <summary>What every sheet of one export shares: the paper, its figures as printed, names, ids and options.</summary>
internal sealed class ExportContext
{
    public ExportContext(BudgetPaper paper, PaperFigures printed, WorkbookOptions options)
    {
        Paper = paper;
        Printed = printed;
        Options = options;
        Amounts = new AmountCells(printed.Columns);
        SheetNames = Workbooks.WorkbookSheets.ProgrammeNames(paper);
        Ids = new LineIds(paper);
    }

    public BudgetPaper Paper { get; }

    /// <summary>The figures the workbook prints: the public edition's leave out what an exemption keeps out of totals.</summary>
    public PaperFigures Printed { get; }

    public WorkbookOptions Options { get; }

    public ColumnSet Columns => Printed.Columns;

    public AmountCells Amounts { get; }

    public IReadOnlyList<string> SheetNames { get; }

    public LineIds Ids { get; }

    /// <summary>The sheet name of the programme with this id (a transfer's other side), or the id itself when there is none.</summary>
    public string SheetOf(string programmeId)
    {
        for (var i = 0; i < Paper.Programmes.Count; i++)
            if (Paper.Programmes[i].Id == programmeId) return SheetNames[i];
        return programmeId;
    }

    /// <summary>The reason an exemption keeps something out of this edition, or null when it is printed.</summary>
    public string? Withheld(Exemption? exemption) => Options.WithholdExempt ? exemption?.Reason : null;

    /// <summary>What a withheld line still adds to totals: its amounts, unless its exemption keeps them out.</summary>
    public ColumnValues Counted(BudgetLine line) =>
        line.Exempt?.InTotals == false ? ColumnValues.Empty(Columns.Stored.Length) : ColumnValues.Of(line.Amount, Columns);

    /// <summary>The label as printed: <c>{amount}</c> replaced by the main amount, as the paper prints it.</summary>
    public string Printable(string label, Amounts amount) =>
        amount.In(Columns.Main.Key, Columns.Main.Key) is { } main && label.Contains("{amount}", StringComparison.Ordinal)
            ? label.Replace("{amount}", Options.Money.Pounds(main), StringComparison.Ordinal) : label;

    /// <summary>A column's heading, or <paramref name="fallback"/> for a one-column paper's column, which has none.</summary>
    public static string Heading(ResolvedColumn column, string fallback) => column.Heading ?? fallback;

    /// <summary>A width that fits the longest of <paramref name="texts"/>, within limits.</summary>
    public static double Width(IEnumerable<string> texts, double least, double most) =>
        Math.Clamp(texts.Select(t => t.Length).DefaultIfEmpty(0).Max() + 2, least, most);

    /// <summary>A width for ids and row kinds, which print small.</summary>
    public static double TechnicalWidth(IEnumerable<string> texts) =>
        Math.Clamp(Math.Round(texts.Select(t => t.Length).DefaultIfEmpty(0).Max() * 0.8 + 2), 8, 34);
}
