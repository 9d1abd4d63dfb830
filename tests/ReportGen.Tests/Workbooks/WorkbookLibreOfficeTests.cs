using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Diagnostics;
using ReportGen.Tests.Support;
using ReportGen.Workbooks;
using ReportGen.Writers;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// LibreOffice opens the exported workbook, recalculates every formula, and shows each figure as the PDF prints
/// it: every amount, sub-total and total of Appendix A, and every £000s figure of the funding summary, in order,
/// compared as text with what pdftotext reads from the PDF built from the same data. The workbook's saved values
/// are zeroed first, so a formula that LibreOffice did not recalculate, or that adds up the wrong rows, shows.
/// </summary>
public partial class WorkbookLibreOfficeTests
{
    [GeneratedRegex(@"^(–|[\u2212-]?£[0-9][0-9,]*(\.[0-9]+)?|[\u2212-]?[0-9][0-9,]*(\.[0-9]+)?%)$")]
    private static partial Regex PoundsOrPercent();

    [GeneratedRegex(@"^(–|[\u2212-]?[0-9][0-9,]*|[\u2212-]?[0-9][0-9.]*%)$")]
    private static partial Regex ThousandsOrPercent();

    public static TheoryData<string> Papers => new() { "reference", "two-year", "exempt", "many groups" };

    [Theory]
    [MemberData(nameof(Papers))]
    public void LibreOffice_recalculates_the_workbook_to_every_figure_the_PDF_prints(string paper)
    {
        using var folder = new TempDir();
        // The exempt paper's public edition: withheld lines and a withheld programme, as in the public PDF.
        var loaded = paper switch
        {
            "reference" => Support.Papers.LoadValidResult(Repo.ReferenceData),
            "two-year" => Support.Papers.LoadValidResult(Repo.Path("data", "examples", "two-year-budget.json")),
            "exempt" => Support.Papers.Load(ExemptPaper.Build()),
            _ => Support.Papers.Load(ManyGroups()),
        };
        var columns = loaded.Figures!.Columns.All.Length;
        var xlsx = folder.File("budget.xlsx");
        var workbook = Workbook.Of(loaded, new WorkbookOptions { WithholdExempt = true });
        if (paper == "many groups")
            Assert.Contains(Formulas(workbook), f => f.StartsWith("SUMIF(C4:C", StringComparison.Ordinal) && f.Contains(",\"line\",B4:B", StringComparison.Ordinal));
        File.WriteAllBytes(xlsx, Zeroed(workbook));
        var sheets = LibreCalc.Sheets(xlsx, folder.Path);

        var built = Built.Of(loaded.Paper!);
        using (var pdf = File.Create(folder.File("paper.pdf")))
            DocumentWriters.Find("pdf")!.Write(built.Document!, built.Theme!, pdf, new DiagnosticBag());
        // A page break is a form feed: each page's first line starts a line too.
        var text = Programs.PdfText(folder.File("paper.pdf"), "-layout").Replace('\f', '\n');

        // Appendix A: each table row's figures, left to right, every programme's table in order.
        var appendix = text[text.IndexOf("\nAppendix A - ", StringComparison.Ordinal)..text.IndexOf("\nAppendix B", StringComparison.Ordinal)];
        var printed = Rows(appendix, columns, PoundsOrPercent());
        var names = WorkbookSheets.ProgrammeNames(loaded.Paper!);
        var shown = names.SelectMany(name => Figures(sheets[name], first: 1, columns)).ToList();
        var items = loaded.Paper!.Programmes.Where(p => p.Exempt is null).Sum(p => p.Items.Count(l => l.Exempt is null));
        Assert.True(printed.Count > items, $"only {printed.Count} rows read from the PDF's Appendix A, which has {items} line items");
        Assert.Equal(printed, shown);

        // The funding summary: each programme's £000s figures and the total.
        // The funding summary table: from its heading row to its total row.
        var summary = text[text.IndexOf(loaded.Paper!.Summary.StreamColumn, StringComparison.Ordinal)..];
        var total = Regex.Match(summary, $@"\n *{Regex.Escape(loaded.Paper.Summary.TotalLabel)} [^\n]*");
        summary = summary[..(total.Index + total.Length)];
        var printedSummary = Rows(summary, columns, ThousandsOrPercent());
        var shownSummary = Figures(sheets[WorkbookLayout.SummarySheet], first: 2, columns);
        Assert.Equal(loaded.Paper!.Programmes.Count(p => p.Exempt is null) + 1, shownSummary.Count);
        Assert.Equal(printedSummary, shownSummary);
    }

    // Victims Services' lines each in a group of its own, three times over: too many ranges for one SUM, so its total is a SUMIF.
    private static ReportGen.Model.BudgetPaper ManyGroups()
    {
        var paper = Support.Papers.Reference;
        var victims = paper.Programmes[3];
        var lines = victims.Groups[0].Lines;
        var groups = lines.Concat(lines.Select(l => l with { Id = l.Id + "-2", Amount = 1 })).Concat(lines.Select(l => l with { Id = l.Id + "-3", Amount = 2 }))
            .Select(l => new ReportGen.Model.LineGroup { Lines = [l] }).ToList();
        victims = victims with { Groups = groups, MustBalanceAsWritten = false, Published = null };
        return paper with { Programmes = [.. paper.Programmes.Take(3), victims], Summary = paper.Summary with { Published = null } };
    }

    // The figures at the end of each line of the PDF's text: a table row has one per column.
    private static List<string> Rows(string text, int columns, Regex figure)
    {
        var rows = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var figures = words.Reverse().TakeWhile(w => figure.IsMatch(w)).Reverse().ToList();
            if (figures.Count == columns && words.Length > columns) rows.Add(string.Join(" | ", figures));
        }
        return rows;
    }

    // The data rows of a sheet as LibreOffice shows them: the figures under the amount columns (from the key row's
    // first amount column on), an empty cell printed "–" as the paper prints a missing amount.
    private static List<string> Figures(List<string[]> sheet, int first, int columns)
    {
        var keys = sheet[WorkbookLayout.KeyRow - 1];
        var rows = new List<string>();
        foreach (var row in sheet.Skip(WorkbookLayout.FirstDataRow - 1).Where(r => r.Length > first + columns - 1))
        {
            var figures = row.Skip(first).Take(columns).ToList();
            if (figures.All(f => f.Length == 0)) continue;
            rows.Add(string.Join(" | ", figures.Select(f => f.Length == 0 ? "–" : f)));
        }
        Assert.NotEmpty(keys);
        return rows;
    }

    private static List<string> Formulas(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        return [.. document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<CellFormula>()).Select(f => f.Text)];
    }

    // Every formula's saved value set to 0, so only a recalculation shows the right figures.
    private static byte[] Zeroed(byte[] workbook)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
            foreach (var part in document.WorkbookPart!.WorksheetParts)
                foreach (var cell in part.Worksheet!.Descendants<Cell>().Where(c => c.CellFormula is not null))
                {
                    cell.DataType = null;
                    cell.CellValue = new CellValue("0");
                }
        return stream.ToArray();
    }
}
