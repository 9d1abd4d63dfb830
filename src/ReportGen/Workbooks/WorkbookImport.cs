using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Loading;
using ReportGen.Workbooks.Import;

namespace ReportGen.Workbooks;

/// <summary>What an import made: the data file's new text when it succeeded, every diagnostic, and the figures before and after.</summary>
/// <param name="Json">The updated data file, or null when there was an error (nothing may be written then).</param>
/// <param name="Changed">False when the workbook says nothing the data file does not say already.</param>
public sealed record ImportResult(byte[]? Json, bool Changed, IReadOnlyList<Diagnostic> Diagnostics, PaperFigures? Before, PaperFigures? After)
{
    /// <summary>True when the data file may be written.</summary>
    public bool Succeeded => Json is not null && Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>True when the workbook or the data file was not there at all.</summary>
    public bool InputMissing => Diagnostics.Any(d => d.Code is LoadResult.MissingFileCode or WorkbookImport.MissingWorkbookCode);
}

/// <summary>
/// <c>reportgen import</c>: reads a budget workbook laid out as <see cref="WorkbookExport"/> writes it and updates the
/// data file it belongs to. The workbook owns each programme's groups and lines, its funding, transfers,
/// carry-forwards, drawdowns and ring-fenced pairs; the data file keeps everything else. Every computed figure of the
/// workbook is checked against the imported lines, and the updated data is validated with the same checks (and
/// codes) as <c>reportgen validate</c>, each problem located in the workbook where it came from.
/// </summary>
public static class WorkbookImport
{
    /// <summary>The column keys the workbook uses for itself, which a paper's amount column may not take.</summary>
    public static readonly IReadOnlyList<string> ReservedKeys =
        [WorkbookLayout.IdKey, WorkbookLayout.RowKey, WorkbookLayout.LabelKey, WorkbookLayout.ProgrammeKey, WorkbookLayout.OtherProgrammeKey, WorkbookLayout.StreamKey];

    /// <summary>The code of a workbook that does not exist.</summary>
    public const string MissingWorkbookCode = "RG0401";

    /// <summary>The largest workbook read. A 10,000-line budget's is well under 2 MB.</summary>
    public const long MaxWorkbookBytes = 20 * 1024 * 1024;

    /// <summary>Imports the workbook at <paramref name="workbookPath"/> into the data file at <paramref name="jsonPath"/>; nothing is written.</summary>
    public static ImportResult FromFiles(string workbookPath, string jsonPath)
    {
        var diagnostics = new DiagnosticBag();
        var workbook = Read(workbookPath, MaxWorkbookBytes, MissingWorkbookCode, "the workbook", diagnostics);
        var json = Read(jsonPath, BudgetLoader.MaxFileBytes, LoadResult.MissingFileCode, "the data file", diagnostics);
        return workbook is null || json is null ? new ImportResult(null, false, diagnostics.Items, null, null) : Run(workbook, workbookPath, json, jsonPath);
    }

    // Read up to the limit and no further: a device or a pipe has no length to check first.
    private static byte[]? Read(string path, long limit, string missingCode, string what, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(missingCode, new SourceLocation(path), $"{what} does not exist. Check the path.");
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            for (int n; (n = file.Read(chunk)) > 0;)
            {
                buffer.Write(chunk, 0, n);
                if (buffer.Length > limit)
                {
                    diagnostics.Error(missingCode == MissingWorkbookCode ? "RG0402" : "RG0002", new SourceLocation(path),
                        $"{what} is over {limit / (1024 * 1024)} MB; a budget's is far smaller. Check this is the right file.");
                    return null;
                }
            }
            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(missingCode == MissingWorkbookCode ? "RG0400" : "RG0001", new SourceLocation(path), $"{what} cannot be read: {ex.Message}");
            return null;
        }
    }

    /// <summary>Imports <paramref name="workbook"/> (named <paramref name="workbookName"/> in diagnostics) into the data file <paramref name="json"/>.</summary>
    public static ImportResult Run(byte[] workbook, string workbookName, byte[] json, string jsonName)
    {
        var diagnostics = new DiagnosticBag();
        var before = BudgetLoader.Load(json, jsonName);
        if (before.Paper is not { } paper || Columns(before, diagnostics, jsonName) is not { } columns)
            return Failed(before.Diagnostics.Concat(diagnostics.Items), before);
        if (WorkbookReader.Read(workbook, workbookName, diagnostics) is not var (grids, title)) return Failed(diagnostics.Items, before);
        // A workbook of another paper fails sheet by sheet; say first what is most likely wrong.
        if (title is not null && title != paper.Report.Title)
            diagnostics.Warning("RG0419", new SourceLocation(workbookName),
                $"the workbook was written for '{KeyedSheet.Shorten(title, 100)}', and {jsonName} is '{KeyedSheet.Shorten(paper.Report.Title, 100)}'. Check this is the workbook of this data file.");

        var contents = WorkbookContents.Read(grids, paper, columns, workbookName, diagnostics);
        if (diagnostics.HasErrors) return Failed(diagnostics.Items, before);

        // The data file edited as a tree, so what the workbook does not own keeps its place and its text.
        var source = json.AsSpan().StartsWith("\uFEFF"u8) ? json.AsSpan(3) : json;
        var root = (JsonObject)JsonNode.Parse(source, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = BudgetLoader.MaxDepth })!;
        var update = new JsonUpdate(columns, paper.Columns is not null, name => contents.Parser.FindSheet(name) is var i and >= 0 ? paper.Programmes[i].Id : name);
        update.Apply(root, contents.Programmes);
        var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var updated = System.Text.Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n");

        var after = BudgetLoader.Load(updated, jsonName);
        diagnostics.AddRange(PlacedDiagnostics.Place(after.Diagnostics, update.Places, json, jsonName,
            key => key.Length == 0 ? columns.Main.Key : key));
        // Only data whose figures add up can say what the workbook's totals should be.
        if (after.Figures is { } figures) contents.Check(figures, diagnostics);
        if (diagnostics.HasErrors) return new ImportResult(null, false, diagnostics.Items, before.Figures, after.Figures);
        var changed = !Same(json, updated, before, after);
        return new ImportResult(changed ? updated : json, changed, diagnostics.Items, before.Figures, after.Figures);
    }

    private static ColumnSet? Columns(LoadResult loaded, DiagnosticBag diagnostics, string jsonName)
    {
        var columns = loaded.Figures?.Columns ?? ColumnSet.Resolve(loaded.Paper!, (_, _, _) => { });
        if (columns is null) return null;
        foreach (var column in columns.All.Where(c => ReservedKeys.Contains(c.Key)))
            diagnostics.Error("RG0420", new SourceLocation(jsonName, JsonPath: "$.columns"),
                $"the column key '{column.Key}' is one the workbook uses for itself ({string.Join(", ", ReservedKeys)}). Give the column another key to use a workbook.");
        return diagnostics.HasErrors ? null : columns;
    }

    // The same data in the same model: an unchanged workbook leaves the file as it is, byte for byte.
    private static bool Same(byte[] old, byte[] updated, LoadResult before, LoadResult after) =>
        old.AsSpan().SequenceEqual(updated) || (before.Paper is { } a && after.Paper is { } b && BudgetJson.ToUtf8(a).AsSpan().SequenceEqual(BudgetJson.ToUtf8(b)));

    private static ImportResult Failed(IEnumerable<Diagnostic> diagnostics, LoadResult before) => new(null, false, [.. diagnostics], before.Figures, null);
}
