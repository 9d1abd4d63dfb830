using ReportGen.Checking;
using ReportGen.Tests.Cli;
using ReportGen.Tests.Support;
using ReportGen.Tests.Writers;
using ReportGen.Tests.Writers.Pdf;
using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Checking;

/// <summary>The checker on real files: our reference paper (which must pass), and LibreOffice's PDF of our DOCX.</summary>
public class ReferencePaperCheckTests
{
    /// <summary>What CI will run: build the reference paper, then check it. Until the PDF writer's fixes for issue 12
    /// are merged this fails, listing the writer's defects by clause.</summary>
    [Fact]
    public void The_reference_paper_passes_reportgen_check()
    {
        using var folder = new TempDir();
        var build = CliRun.Of("build", Repo.ReferenceData, "--out", folder.Path, "--format", "pdf", "--templates", Built.Templates);
        Assert.True(build.ExitCode == 0, build.Stderr);
        var check = CliRun.Of("check", Path.Combine(folder.Path, "board-paper-2022-23.pdf"));
        Assert.True(check.ExitCode == 0, check.Stderr);
    }

    /// <summary>PdfPig reads the same PDF on its own; every line break in tagged text that it sees without a space,
    /// the checker reports too. (The checker also sees breaks where a paragraph runs on to the next page, in another
    /// marked-content sequence of the same element, which a per-sequence reading cannot.)</summary>
    [Fact]
    public void Every_missing_word_space_pdfpig_sees_in_the_reference_the_checker_reports()
    {
        var report = PdfChecker.Check(PdfOutput.Reference, "reference.pdf");
        var messages = report.Findings.Where(f => f.Rule == CheckRules.MissingWordSpace).Select(f => f.Message).ToList();
        using var document = PdfOutput.Open(PdfOutput.Reference);
        var seen = new List<string>();
        foreach (var page in document.GetPages())
            foreach (var element in Flatten(page.GetMarkedContents()).Where(e => !e.IsArtifact && e.MarkedContentIdentifier >= 0))
                seen.AddRange(JoinedLines(element.Letters));
        Assert.All(seen, joint => Assert.Contains(messages, m => m.Contains(joint, StringComparison.Ordinal)));
        Assert.True(messages.Count >= seen.Count, $"PdfPig sees {seen.Count}, the checker reports {messages.Count}");
    }

    /// <summary>LibreOffice's default export is untagged, which the checker must say; but it writes sound syntax, streams,
    /// fonts and marked content, where the checker must find nothing.</summary>
    [ProgramFact("soffice")]
    public void LibreOffice_s_pdf_of_our_docx_is_untagged_but_otherwise_sound()
    {
        using var folder = new TempDir();
        var docx = folder.File("paper.docx");
        File.WriteAllBytes(docx, DocxOutput.Reference);
        var report = PdfChecker.CheckFile(Programs.LibreOfficePdf(docx, folder.Path));
        Assert.Contains(report.Findings, f => f.Rule == CheckRules.NotMarked);
        Assert.Contains(report.Findings, f => f.Rule == CheckRules.UntaggedContent);
        CheckRule[] sound = [CheckRules.Header, CheckRules.CrossReference, CheckRules.MalformedObject, CheckRules.StreamLength, CheckRules.FlateIncomplete,
            CheckRules.StreamNotDecodable, CheckRules.MarkedContentStraddlesText, CheckRules.MarkedContentUnbalanced, CheckRules.FontNotEmbedded,
            CheckRules.FontWithoutUnicode, CheckRules.GlyphWithoutUnicode, CheckRules.FontDescriptorMetrics, CheckRules.DestinationWithoutPosition,
            CheckRules.BrokenDestination, CheckRules.LimitReached];
        var wrong = report.Findings.Where(f => sound.Contains(f.Rule)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => new[] { e }.Concat(Flatten(e.Children)));

    /// <summary>"abcde|fghij" for each place the letters go to a new line with no space or hyphen between.</summary>
    private static IEnumerable<string> JoinedLines(IReadOnlyList<Letter> letters)
    {
        for (var i = 1; i < letters.Count; i++)
        {
            var (before, after) = (letters[i - 1], letters[i]);
            if (Math.Abs(after.StartBaseLine.Y - before.StartBaseLine.Y) < 0.5 * Math.Max(before.PointSize, 1)) continue;
            if (string.IsNullOrWhiteSpace(before.Value) || string.IsNullOrWhiteSpace(after.Value) || before.Value is "-" or "\u2013" or "\u2014" or "/") continue;
            var tail = string.Concat(letters.Take(i).TakeLast(5).Select(l => l.Value));
            var head = string.Concat(letters.Skip(i).Take(5).Select(l => l.Value));
            yield return $"{tail}|{head}";
        }
    }
}
