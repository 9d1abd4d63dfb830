using ReportGen.Authoring;
using ReportGen.Model;

namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>
    /// A label or sentence naming a financial year other than the paper's or the one before is the mark of a
    /// half-rolled file ("2022/23" left in a 2023/24 paper): a warning naming each place.
    /// </summary>
    private static void CheckYears(Context c)
    {
        if (FinancialYears.StartYear(c.Paper.Report.FinancialYear) is not { } year) return;
        var allowed = new HashSet<int> { year, year - 1 };
        // A title that names a year names the paper's own ("… 2022/23 with 2021/22 comparison" is fine); one that
        // names only last year's was left behind.
        foreach (var (path, text) in new[] { ("$.report.title", c.Paper.Report.Title), ("$.report.short_title", c.Paper.Report.ShortTitle ?? "") })
        {
            var mentions = FinancialYears.In(text).ToList();
            if (mentions.Count > 0 && mentions.All(m => m.StartYear != year))
                c.Warning("RG0260", path, $"the title names {mentions[0].Text}, but the paper is for {FinancialYears.Format(year)}: was it left behind when the paper was rolled forward?");
        }
        foreach (var (path, text) in Texts(c.Paper))
            foreach (var mention in FinancialYears.In(text).Where(m => !allowed.Contains(m.StartYear)))
                c.Warning("RG0260", path,
                    $"'{mention.Text}' is neither this paper's year ({FinancialYears.Format(year)}) nor the year before: was it left behind when the paper was rolled forward? \"{Shorten(text)}\"");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";

    /// <summary>Every piece of prose the data gives the paper — titles, wording, headings, labels — with its JSON path.</summary>
    private static IEnumerable<(string Path, string Text)> Texts(BudgetPaper paper)
    {
        foreach (var (name, text) in paper.Wording) yield return ($"$.wording.{name}", text);
        var summary = paper.Summary;
        yield return ("$.summary.amount_column", summary.AmountColumn);
        yield return ("$.summary.total_label", summary.TotalLabel);
        for (var i = 0; i < (paper.Columns?.Count ?? 0); i++)
            if (paper.Columns![i].Heading is { } heading) yield return ($"$.columns[{i}].heading", heading);
        for (var i = 0; i < paper.Programmes.Count; i++)
        {
            var p = paper.Programmes[i];
            var at = ProgrammePath(i);
            yield return ($"{at}.name", p.Name);
            var a = p.Appendix;
            foreach (var (name, text) in new[] { ("heading", a.Heading), ("amount_column", a.AmountColumn), ("total_allocated_label", a.TotalAllocatedLabel),
                         ("funding_available_label", a.FundingAvailableLabel), ("total_label", a.TotalLabel), ("unallocated_label", a.UnallocatedLabel), ("over_programmed_label", a.OverProgrammedLabel) })
                if (text is not null) yield return ($"{at}.appendix.{name}", text);
            for (var g = 0; g < p.Groups.Count; g++)
            {
                if (p.Groups[g].Heading is { } heading) yield return ($"{at}.groups[{g}].heading", heading);
                if (p.Groups[g].SubtotalLabel is { } label) yield return ($"{at}.groups[{g}].subtotal_label", label);
            }
        }
        foreach (var line in AllLines(paper)) yield return ($"{line.Path}.label", line.Label);
    }
}
