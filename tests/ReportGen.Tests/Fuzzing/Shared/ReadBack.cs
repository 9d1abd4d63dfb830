using System.Diagnostics;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace ReportGen.Fuzzing;

/// <summary>
/// Reads each output back the way a reader's program would, and says what is wrong with it, if anything:
/// the PDF with PdfPig (every page's words) and qpdf --check, the DOCX with the Open XML validator, the HTML
/// with AngleSharp's HTML5 parser.
/// </summary>
public static class ReadBack
{
    /// <summary>The problems found in the outputs in <paramref name="folder"/>; empty when every one reads back.</summary>
    public static List<string> Check(string folder)
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            try
            {
                var problem = Path.GetExtension(file) switch
                {
                    ".pdf" => Pdf(file),
                    ".docx" => Docx(file),
                    ".html" => Html(file),
                    _ => null,
                };
                if (problem is not null) problems.Add($"{Path.GetFileName(file)}: {problem}");
            }
            catch (Exception ex)
            {
                problems.Add($"{Path.GetFileName(file)}: cannot be read back: {ex.GetType().Name}: {ex.Message}");
            }
        }
        return problems;
    }

    private static string? Pdf(string file)
    {
        using (var pdf = PdfDocument.Open(file))
        {
            if (pdf.NumberOfPages == 0) return "no pages";
            foreach (var page in pdf.GetPages()) _ = page.GetWords().Count();
        }
        if (!HasQpdf.Value) return null;
        var start = new ProcessStartInfo("qpdf", ["--check", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var qpdf = Process.Start(start)!;
        var output = qpdf.StandardOutput.ReadToEndAsync();
        var errors = qpdf.StandardError.ReadToEnd();
        qpdf.WaitForExit();
        // 0: clean; 3: warnings only; 2: errors.
        return qpdf.ExitCode is 0 or 3 ? null : $"qpdf --check exit {qpdf.ExitCode}: {errors.Trim()} {output.Result.Trim()}".Trim();
    }

    private static string? Docx(string file)
    {
        using var word = WordprocessingDocument.Open(file, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(word).Take(3)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        return errors.Count == 0 ? null : "Open XML validator: " + string.Join("; ", errors);
    }

    private static string? Html(string file)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
        var document = parser.ParseDocument(File.ReadAllText(file));
        if (string.IsNullOrWhiteSpace(document.Title)) errors.Add("no title");
        if (document.QuerySelector("main, body") is null) errors.Add("no body");
        return errors.Count == 0 ? null : "HTML: " + string.Join("; ", errors.Take(3));
    }

    private static readonly Lazy<bool> HasQpdf = new(() =>
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("qpdf", ["--version"]) { RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });
}
