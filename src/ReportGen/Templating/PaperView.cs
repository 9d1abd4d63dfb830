using ReportGen.Figures;
using ReportGen.Formatting;
using ReportGen.Model;

namespace ReportGen.Templating;

/// <summary>
/// What the templates render: the paper, its figures, how figures are printed, and whether exempt information is
/// withheld (the public edition) or printed (the full edition).
/// </summary>
/// <param name="Figures">The figures the tables and prose print (for the public edition, without amounts kept out of its totals).</param>
public sealed record PaperView(BudgetPaper Paper, PaperFigures Figures, MoneyFormat Money, bool WithholdExempt);
