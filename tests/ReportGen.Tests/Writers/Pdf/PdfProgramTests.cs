using System.Text.RegularExpressions;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>Poppler and qpdf, programs no one here wrote, read the reference PDF.</summary>
public class PdfProgramTests : IDisposable
{
    private readonly TempDir folder = new();
    private readonly string path;

    public PdfProgramTests()
    {
        path = folder.File("paper.pdf");
        File.WriteAllBytes(path, PdfOutput.Reference);
    }

    public void Dispose() => folder.Dispose();

    [ProgramFact("pdfinfo")]
    public void Pdfinfo_sees_a_tagged_A4_document_with_its_title()
    {
        var info = Programs.Run("pdfinfo", path).Stdout;
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$", info);
        Assert.Matches(@"(?m)^Title:\s+OPCC External Commissioning Budget 2022/23$", info);
        Assert.Matches(@"(?m)^Pages:\s+7$", info);
    }

    [ProgramFact("pdffonts")]
    public void Pdffonts_finds_every_font_embedded_as_a_subset_with_unicode()
    {
        var rows = Programs.Run("pdffonts", path).Stdout.Split('\n').Skip(2).Where(r => r.Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Matches(@"\syes\s+yes\s+yes\s+\d+\s+\d+\s*$", row));
    }

    [ProgramFact("qpdf")]
    public void Qpdf_finds_no_errors()
    {
        var check = Programs.Run("qpdf", "--check", path);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
    }

    [ProgramFact("qpdf")]
    public void Qpdf_decodes_every_stream_to_its_end_with_no_warning()
    {
        // --qdf decompresses every stream: PDFsharp's Flate streams, which lack their checksum, made it warn on each.
        var qdf = folder.File("qdf.pdf");
        var run = Programs.Run("qpdf", "--qdf", "--object-streams=disable", path, qdf);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal("", run.Stderr);
    }

    [ProgramFact("pdfinfo")]
    public void Pdfinfo_reads_the_metadata_without_complaint()
    {
        var info = Programs.Run("pdfinfo", path);
        Assert.Equal("", info.Stderr);
        Assert.Matches(@"(?m)^Custom Metadata:\s+yes$", info.Stdout);
        Assert.Matches(@"(?m)^Metadata Stream:\s+yes$", info.Stdout);
    }

    [ProgramFact("pdftotext")]
    public void Pdftotext_finds_every_amount_and_paragraph_number()
    {
        var text = Programs.PdfText(path);
        Assert.All(ReferenceAmounts.OfReference(), amount => Assert.Contains(amount, text));
        foreach (var n in Enumerable.Range(1, 12))
            Assert.Matches(new Regex($@"(?m)^{n}\.\s"), text);
    }
}
