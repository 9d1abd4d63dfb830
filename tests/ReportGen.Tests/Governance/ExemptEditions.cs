using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Governance;

/// <summary>
/// data/examples/exempt-paper.json built by the real reportgen process, as a user runs it: once with no
/// --edition (the public edition is the default) and once with --edition full. Built on first use, so a class
/// whose tests are all skipped spawns nothing.
/// </summary>
public sealed class ExemptEditions : IDisposable
{
    public static string Data => Repo.Path("data", "examples", "exempt-paper.json");

    private readonly TempDir folder = new();
    private readonly Lazy<BuiltEdition> publicEdition, fullEdition;

    public ExemptEditions()
    {
        publicEdition = new(() => Build("public"));
        fullEdition = new(() => Build("full", "--edition", "full"));
    }

    /// <summary>Built with no --edition.</summary>
    public BuiltEdition Public => publicEdition.Value;

    /// <summary>Built with --edition full.</summary>
    public BuiltEdition Full => fullEdition.Value;

    private BuiltEdition Build(string name, params string[] edition)
    {
        var output = Path.Combine(folder.Path, name);
        var run = RealProcess.Run(["build", Data, "--out", output, "--format", "pdf,docx,html", .. edition]);
        Assert.True(run.ExitCode == 0, $"reportgen build exited {run.ExitCode}: {run.Stderr}");
        return new BuiltEdition(output);
    }

    public void Dispose() => folder.Dispose();
}

/// <summary>One edition's files, and each read back as every byte of searchable text (read once).</summary>
public sealed class BuiltEdition(string folder)
{
    private readonly Lazy<IReadOnlyList<OutputPart>> pdf = new(() => OutputText.Pdf(Single(folder, ".pdf")));
    private readonly Lazy<IReadOnlyList<OutputPart>> docx = new(() => OutputText.Docx(Single(folder, ".docx")));

    public string Folder => folder;

    /// <summary>The one output with this extension (".pdf", ".manifest.json" …).</summary>
    public string File(string extension) => Single(folder, extension);

    internal IReadOnlyList<OutputPart> PdfParts => pdf.Value;

    internal IReadOnlyList<OutputPart> DocxParts => docx.Value;

    internal IReadOnlyList<OutputPart> Html => OutputText.Text(File(".html"), "HTML");

    /// <summary>pdftotext's reading of the PDF, line breaks joined.</summary>
    internal string PdfText => OutputText.Joined(Programs.PdfText(File(".pdf")));

    /// <summary>Every output and the manifest.</summary>
    internal IEnumerable<OutputPart> AllParts => [.. PdfParts, .. DocxParts, .. Html, .. OutputText.Text(File(".manifest.json"), "manifest")];

    private static string Single(string folder, string extension)
    {
        var files = Directory.GetFiles(folder).Where(f => f.EndsWith(extension, StringComparison.Ordinal) && (extension == ".manifest.json" || !f.EndsWith(".manifest.json", StringComparison.Ordinal))).ToList();
        Assert.True(files.Count == 1, $"expected one *{extension} in {folder}, found: {string.Join(", ", Directory.GetFiles(folder).Select(Path.GetFileName))}");
        return files[0];
    }
}
