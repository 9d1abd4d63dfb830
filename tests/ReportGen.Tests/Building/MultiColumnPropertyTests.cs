using CsCheck;
using ReportGen.Diagnostics;
using ReportGen.Model;
using ReportGen.Tests.Support;
using ReportGen.Writers;

namespace ReportGen.Tests.Building;

/// <summary>
/// Random multi-column budgets — some lines new, some ended, some deductions — built into every format: in each
/// output, each column's sub-totals and totals are the sums of the lines printed above them, and the change
/// column is the later column minus the earlier, all read back from the files.
/// </summary>
public class MultiColumnPropertyTests
{
    private static readonly string[] Headings = ["Prior", "Budget", "Change"];

    // One line in eight is a deduction (both amounts negative); one in ten new, one in ten ended.
    private static readonly Gen<Amounts> LineAmounts =
        from shape in Gen.Int[0, 9]
        from sign in Gen.Int[0, 7].Select(n => n == 0 ? -1m : 1m)
        from prior in Gen.Long[0, 900_000_00]
        from budget in Gen.Long[0, 900_000_00]
        select shape switch
        {
            0 => Amounts.Of([new("budget", sign * budget / 100m)]),
            1 => Amounts.Of([new("prior", sign * prior / 100m)]),
            _ => Amounts.Of([new("prior", sign * prior / 100m), new("budget", sign * budget / 100m)]),
        };

    private static readonly Gen<Amounts[][][]> Shapes = LineAmounts.Array[1, 5].Array[1, 2].Array[1, 2];

    [Fact]
    public void Every_column_total_is_the_sum_of_its_printed_lines_in_every_format()
    {
        Shapes.Sample(shape =>
        {
            using var folder = new TempDir();
            var built = Built.Of(Paper(shape));
            Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
            foreach (var writer in DocumentWriters.All)
            {
                using var file = File.Create(folder.File("paper" + writer.Extension));
                writer.Write(built.Document!, built.Theme!, file, new DiagnosticBag());
            }
            var html = TablesReadBack.Html(folder.File("paper.html")).Skip(1).Select(t => t.Rows.Skip(1).Select(r => (r[0], r[1..].Select(c => (string?)c).ToArray())).ToList());
            var docx = TablesReadBack.Docx(folder.File("paper.docx")).Skip(1).Select(t => t.Rows.Skip(1).Select(r => (r[0], r[1..].Select(c => (string?)c).ToArray())).ToList());
            var pdf = PdfTables.Rows(File.ReadAllBytes(folder.File("paper.pdf")), Headings);
            foreach (var table in html) CheckTable(table);
            foreach (var table in docx) CheckTable(table);
            CheckTable(pdf);
        }, iter: 25);
    }

    // Rows run: items (Line …), "Sub-Total" closing each group, then "Total Allocated" for the programme.
    private static void CheckTable(List<(string Label, string?[] Cells)> rows)
    {
        var group = new List<decimal?[]>();
        var programme = new List<decimal?[]>();
        foreach (var (label, printed) in rows)
        {
            var cells = printed.Select(c => c is null ? null : PrintedMoney.Parse(c)).ToArray();
            if (cells.Length < 3) continue;
            Assert.Equal(cells[0] is null && cells[1] is null ? null : (cells[1] ?? 0) - (cells[0] ?? 0), cells[2]);
            if (label.StartsWith("Line", StringComparison.Ordinal)) { group.Add(cells); programme.Add(cells); continue; }
            var expected = label == "Sub-Total" ? group : label == "Total Allocated" ? programme : null;
            if (expected is null) continue;
            for (var column = 0; column < 2; column++)
                Assert.True(PrintedMoney.Sum(expected.Select(c => c[column])) == cells[column], $"{label} column {column}: {cells[column]} is not the sum of its lines");
            if (label == "Sub-Total") group.Clear(); else programme.Clear();
        }
        Assert.Empty(group);
    }

    private static BudgetPaper Paper(Amounts[][][] shape) => new()
    {
        Columns =
        [
            new AmountColumn { Key = "prior", Heading = "Prior" },
            new AmountColumn { Key = "budget", Heading = "Budget" },
            new AmountColumn { Key = "change", Heading = "Change", Compute = ColumnComputation.Difference },
        ],
        Meeting = new Meeting { Board = "Board", Date = new DateOnly(2024, 3, 1) },
        Report = new ReportDetails { Title = "Generated", FinancialYear = "2024/25", Organisation = "Test", Version = "1.0", Status = ReportStatus.Final, Classification = "Public" },
        Wording = new Dictionary<string, string> { ["budget_exclusions"] = "", ["funding_mix"] = "" },
        Programmes = [.. shape.Select((groups, p) => new Programme
        {
            Id = $"p{p}",
            Name = $"Programme {p}",
            MustBalanceAsWritten = false,
            Appendix = new AppendixTable { Heading = $"Programme {p}", TotalAllocatedLabel = "Total Allocated" },
            Groups = [.. groups.Select((lines, g) => new LineGroup
            {
                SubtotalLabel = "Sub-Total",
                Lines = [.. lines.Select((amount, l) => new BudgetLine
                {
                    Id = $"p{p}g{g}l{l}",
                    Label = $"Line {p}.{g}.{l}",
                    Amount = amount,
                    Deduction = amount.ByColumn.Any(x => x.Value < 0),
                })],
            })],
        })],
    };
}
