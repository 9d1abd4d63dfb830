using System.Diagnostics;

namespace ReportGen.Tests.Support;

/// <summary>Runs the real programs the tests read outputs back with (poppler, qpdf, LibreOffice); .ci/run installs them.</summary>
internal static class Programs
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"'{program}' is not installed; .ci/run installs it (poppler-utils, qpdf, libreoffice-writer-nogui).");
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000)) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{program} took over two minutes"); }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>Converts a DOCX to PDF with LibreOffice, using a private profile so parallel runs do not clash.</summary>
    public static string LibreOfficePdf(string docx, string outputFolder)
    {
        var profile = Path.Combine(outputFolder, "lo-profile");
        var run = Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outputFolder, docx);
        var pdf = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF (exit {run.ExitCode}): {run.Stdout} {run.Stderr}");
        return pdf;
    }

    public static string PdfText(string pdf, params string[] options) => Run("pdftotext", [.. options, pdf, "-"]).Stdout;
}
