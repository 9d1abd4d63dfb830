using BenchmarkDotNet.Attributes;
using ReportGen.Building;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using ReportGen.Loading;
using ReportGen.Model;
using ReportGen.Theming;
using ReportGen.Writers;
using ReportGen.Writers.Docx;
using ReportGen.Writers.Html;
using ReportGen.Writers.Pdf;

namespace ReportGen.Benchmarks;

/// <summary>Each stage of the pipeline on the 2022/23 paper, and the whole build of a 3,000-line budget.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string root = "";
    private LoadResult paper = null!;
    private LoadResult large = null!;
    private Document document = null!;
    private Theme theme = null!;

    [GlobalSetup]
    public void Setup()
    {
        root = Repo.Root();
        paper = BudgetLoader.LoadFile(Path.Combine(root, "data", "2022-23", "budget.json"));
        var built = PaperBuilder.Build(paper.Paper!, paper.Figures!, Templates, "bench");
        if (!built.Succeeded) throw new InvalidOperationException(string.Join("\n", built.Diagnostics));
        document = built.Document!;
        theme = built.Theme!;
        var generated = LargeBudget.From(paper.Paper!, lines: 3000);
        large = BudgetLoader.Load(BudgetJson.ToUtf8(generated), "large.json");
    }

    private string Templates => Path.Combine(root, "templates", "board-paper");

    [Benchmark(Description = "load + validate 2022/23")]
    public LoadResult Load() => BudgetLoader.LoadFile(Path.Combine(root, "data", "2022-23", "budget.json"));

    [Benchmark(Description = "templates → document 2022/23")]
    public BuiltPaper Build() => PaperBuilder.Build(paper.Paper!, paper.Figures!, Templates, "bench");

    [Benchmark(Description = "write PDF 2022/23")]
    public long Pdf() => Write(new PdfWriter(), document);

    [Benchmark(Description = "write DOCX 2022/23")]
    public long Docx() => Write(new DocxWriter(), document);

    [Benchmark(Description = "write HTML 2022/23")]
    public long Html() => Write(new HtmlWriter(), document);

    [Benchmark(Description = "3,000 lines: templates → PDF + DOCX + HTML")]
    public long Large()
    {
        var built = PaperBuilder.Build(large.Paper!, large.Figures!, Templates, "bench");
        return DocumentWriters.All.Sum(w => Write(w, built.Document!));
    }

    private long Write(IDocumentWriter writer, Document doc)
    {
        using var stream = new MemoryStream();
        writer.Write(doc, theme, stream, new DiagnosticBag());
        return stream.Length;
    }
}
