using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Writers;

namespace ReportGen.Building;

/// <summary>What to build: the data file, the template folder, the formats and where to put them.</summary>
public sealed record BuildRequest(string DataFile, string TemplateFolder, IReadOnlyList<IDocumentWriter> Writers, string OutputFolder, string Generator);

/// <summary>Why a build stopped, if it did; the command line turns this into an exit code.</summary>
public enum BuildStage
{
    /// <summary>Every output was written.</summary>
    Done,
    /// <summary>The data file could not be found.</summary>
    InputMissing,
    /// <summary>The data file has errors.</summary>
    Data,
    /// <summary>The templates, theme or Markdown have errors.</summary>
    Templates,
    /// <summary>The outputs could not be written.</summary>
    Output,
}

/// <summary>The outcome of a build: where it stopped, every diagnostic, and the files written.</summary>
public sealed record BuildOutcome(BuildStage Stage, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files);

/// <summary>The whole job behind <c>reportgen build</c>: load and validate, build the document, write every format.</summary>
public static class BuildJob
{
    /// <summary>Runs a build. Nothing is written unless every format was produced.</summary>
    public static BuildOutcome Run(BuildRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = BudgetLoader.LoadFile(request.DataFile);
        diagnostics.AddRange(loaded.Diagnostics);
        if (!loaded.Succeeded)
        {
            var stage = loaded.InputMissing ? BuildStage.InputMissing : BuildStage.Data;
            return new BuildOutcome(stage, diagnostics.Items, []);
        }

        var built = PaperBuilder.Build(loaded.Paper!, loaded.Figures!, request.TemplateFolder, request.Generator);
        diagnostics.AddRange(built.Diagnostics);
        if (!built.Succeeded) return new BuildOutcome(BuildStage.Templates, diagnostics.Items, []);

        var name = OutputName(loaded.Paper!.Report.FinancialYear);
        var files = new List<(string Path, byte[] Bytes)>();
        foreach (var writer in request.Writers)
        {
            using var buffer = new MemoryStream();
            writer.Write(built.Document!, built.Theme!, buffer, diagnostics);
            files.Add((Path.Combine(request.OutputFolder, name + writer.Extension), buffer.ToArray()));
        }
        if (diagnostics.HasErrors) return new BuildOutcome(BuildStage.Output, diagnostics.Items, []);
        try
        {
            OutputSet.Commit(files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("RG0501", new SourceLocation(request.OutputFolder), $"the outputs cannot be written: {ex.Message} Earlier outputs are unchanged.");
            return new BuildOutcome(BuildStage.Output, diagnostics.Items, []);
        }
        return new BuildOutcome(BuildStage.Done, diagnostics.Items, files.Select(f => f.Path).ToList());
    }

    /// <summary>"2022/23" → "board-paper-2022-23".</summary>
    public static string OutputName(string financialYear) =>
        "board-paper-" + string.Concat(financialYear.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
