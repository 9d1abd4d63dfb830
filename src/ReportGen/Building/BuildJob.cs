using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Templating.Sets;
using ReportGen.Writers;

namespace ReportGen.Building;

/// <summary>What to build: the data file, the template set (a name or a folder), the formats and where to put them.</summary>
/// <param name="NamePattern">How the output set is named (<see cref="OutputNames"/>); the default keeps board-paper-2022-23 for version 1.0.</param>
/// <param name="LockWait">How long to wait for another build writing into the same folder; <see cref="OutputSet.DefaultLockWait"/> when null.</param>
/// <param name="Templates">The template set: a built-in set's name, a set copied to templates/NAME, or a folder; null for the data's own (its template_set, else the board paper).</param>
/// <param name="Edition">The public edition (the default) or the full one, marked not for publication.</param>
/// <param name="Workbook">Also write Appendix A and the funding summary as a workbook (.xlsx) with live totals.</param>
public sealed record BuildRequest(string DataFile, string? Templates, IReadOnlyList<IDocumentWriter> Writers, string OutputFolder, string Generator,
    string NamePattern = OutputNames.DefaultPattern, TimeSpan? LockWait = null, Edition Edition = Edition.Public, bool Workbook = false)
{
    /// <summary>Told each stage as it starts ("rendering the templates", "writing the PDF"), for a long build's progress.</summary>
    public IProgress<string>? Progress { get; init; }
}

/// <summary>Why a build stopped, if it did; the command line turns this into an exit code.</summary>
public enum BuildStage
{
    /// <summary>Every output was written.</summary>
    Done,
    /// <summary>The data file could not be found or read.</summary>
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

/// <summary>The whole job behind <c>reportgen build</c>: load and validate, build the document, write every format and the manifest.</summary>
public static class BuildJob
{
    // What the writers need, and no more: the data's bytes, the model and the Markdown are let go before writing.
    private sealed record Prepared(Documents.Document Document, Theming.Theme Theme, string Name, IReadOnlyList<ManifestEntry> Inputs,
        string? TemplateFolder, byte[]? Workbook);

    /// <summary>Runs a build. Every output and the manifest are committed together, or nothing is changed.</summary>
    public static BuildOutcome Run(BuildRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var (prepared, stage) = Prepare(request, diagnostics);
        if (prepared is null) return new BuildOutcome(stage, diagnostics.Items, []);

        var files = new List<(string Name, byte[] Bytes)>();
        foreach (var writer in request.Writers)
        {
            request.Progress?.Report($"writing the {writer.Format.ToUpperInvariant()}");
            using var buffer = new MemoryStream();
            writer.Write(prepared.Document, prepared.Theme, buffer, diagnostics);
            files.Add((prepared.Name + writer.Extension, buffer.ToArray()));
        }
        if (prepared.Workbook is { } workbook) files.Add((prepared.Name + Workbooks.WorkbookExport.Extension, workbook));
        if (diagnostics.HasErrors) return new BuildOutcome(BuildStage.Output, diagnostics.Items, []);

        request.Progress?.Report("committing the outputs");
        files.Add((prepared.Name + Manifest.Suffix,
            Manifest.Write(request.Generator, files.Select(f => ManifestEntry.Of(f.Name, f.Bytes)), prepared.Inputs)));
        // No output may replace an input: the data file, and a folder set's templates (a built-in set has no files to replace).
        var templateFiles = prepared.TemplateFolder is { } folder ? prepared.Inputs.Where(i => i.Role != "data").Select(i => Path.Combine(folder, i.File)) : [];
        var inputs = templateFiles.Prepend(request.DataFile).ToList();
        var committed = OutputSet.Commit(new CommitRequest(request.OutputFolder, request.OutputFolder, files, inputs,
            request.LockWait ?? OutputSet.DefaultLockWait));
        diagnostics.AddRange(committed.Diagnostics);
        return new BuildOutcome(committed.Committed ? BuildStage.Done : BuildStage.Output, diagnostics.Items, committed.Written);
    }

    private static (Prepared?, BuildStage) Prepare(BuildRequest request, DiagnosticBag diagnostics)
    {
        if (BudgetLoader.ReadFile(request.DataFile, request.DataFile, diagnostics) is not { } data)
            return (null, diagnostics.Items.Any(d => LoadResult.IsUnreadableInput(d.Code)) ? BuildStage.InputMissing : BuildStage.Data);
        var dataRead = ManifestEntry.Of(Path.GetFileName(request.DataFile), data, "data");
        var loaded = BudgetLoader.Load(data, request.DataFile);
        diagnostics.AddRange(loaded.Diagnostics);
        if (!loaded.Succeeded) return (null, BuildStage.Data);

        var templates = request.Templates ?? loaded.Paper!.TemplateSet;
        if (TemplateSets.Resolve(templates, out var problem) is not { } set)
        {
            diagnostics.Error("RG0300", new SourceLocation(templates ?? TemplateSets.DefaultName),
                $"{problem} {(request.Templates is null ? "Check template_set in the data, or give --templates." : "Check --templates.")}");
            return (null, BuildStage.Templates);
        }
        request.Progress?.Report("rendering the templates");
        var built = PaperBuilder.Build(loaded.Paper!, loaded.Figures!, set, request.Generator, request.Edition);
        diagnostics.AddRange(built.Diagnostics);
        if (!built.Succeeded) return (null, BuildStage.Templates);

        byte[]? workbook = null;
        if (request.Workbook)
        {
            using var buffer = new MemoryStream();
            Workbooks.WorkbookExport.Write(loaded.Paper!, loaded.Figures!, built.Document!.Metadata, buffer, diagnostics,
                new Workbooks.WorkbookOptions { Money = built.Theme!.Numbers.ToMoneyFormat(), WithholdExempt = request.Edition == Edition.Public });
            workbook = buffer.ToArray();
        }

        if (OutputNames.Expand(request.NamePattern, loaded.Paper!, set.Name, request.Edition) is not { } name)
        {
            diagnostics.Error("RG0504", new SourceLocation(request.DataFile),
                $"the name pattern '{request.NamePattern}' gives no usable file name for this data (nothing, or over {OutputNames.MaxLength} characters, is left once unsafe characters are taken out). Give --name a pattern with some fixed text.");
            return (null, BuildStage.Output);
        }
        return (new Prepared(built.Document!, built.Theme!, name, [dataRead, .. built.InputsRead], set.Folder, workbook), BuildStage.Done);
    }
}
