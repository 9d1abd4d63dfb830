using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Figures;
using ReportGen.Model;
using ReportGen.Validation;

namespace ReportGen.Loading;

/// <summary>The outcome of loading a data file: the paper when it could be read, its figures when they add up, and every diagnostic.</summary>
/// <param name="Paper">The loaded paper, or null when the file could not be read into the model.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings.</param>
/// <param name="Figures">Every total, computed from the lines; null when the amounts are too broken to add up.</param>
public sealed record LoadResult(BudgetPaper? Paper, IReadOnlyList<Diagnostic> Diagnostics, PaperFigures? Figures = null)
{
    /// <summary>True when the paper loaded and no error was found.</summary>
    public bool Succeeded => Paper is not null && Figures is not null && !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>True when the data file was not there at all, which callers report apart from bad data.</summary>
    public bool InputMissing => Diagnostics.Any(d => d.Code == MissingFileCode);

    /// <summary>The code of a data file that does not exist.</summary>
    public const string MissingFileCode = "RG0001";
}

/// <summary>Reads a budget data file, checks its structure and its arithmetic, and returns the typed paper.</summary>
public static class BudgetLoader
{
    /// <summary>The largest data file accepted. A 10,000-line budget is well under 2 MB.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The deepest nesting accepted; the model itself needs 7.</summary>
    public const int MaxDepth = 32;

    /// <summary>Loads and validates the file at <paramref name="path"/>; <paramref name="displayName"/> is how diagnostics name it.</summary>
    public static LoadResult LoadFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        var diagnostics = new DiagnosticBag();
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            diagnostics.Error("RG0001", new SourceLocation(name), "the data file does not exist. Check the path.");
            return new LoadResult(null, diagnostics.Items);
        }
        if (info.Length > MaxFileBytes)
        {
            diagnostics.Error("RG0002", new SourceLocation(name),
                $"the data file is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}. A budget paper's data is far smaller: check this is the right file.");
            return new LoadResult(null, diagnostics.Items);
        }
        return Load(File.ReadAllBytes(path), name);
    }

    /// <summary>Loads and validates data already in memory (UTF-8 JSON).</summary>
    public static LoadResult Load(ReadOnlyMemory<byte> utf8, string name)
    {
        var diagnostics = new DiagnosticBag();
        if (utf8.Length > MaxFileBytes)
        {
            diagnostics.Error("RG0002", new SourceLocation(name), $"the data is {utf8.Length:N0} bytes; the limit is {MaxFileBytes:N0}.");
            return new LoadResult(null, diagnostics.Items);
        }
        if (utf8.Span.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];

        using var document = Parse(utf8, name, diagnostics);
        if (document is null) return new LoadResult(null, diagnostics.Items);

        var positions = JsonPositionIndex.Build(utf8.Span, MaxDepth);
        SourceLocation Locate(string jsonPath)
        {
            var (line, column) = positions.Find(jsonPath);
            return new SourceLocation(name, line, column, jsonPath);
        }

        foreach (var duplicate in positions.Duplicates)
        {
            var (line, column) = positions.FindDuplicate(duplicate);
            diagnostics.Error("RG0106", new SourceLocation(name, line, column, duplicate),
                $"'{duplicate[(duplicate.LastIndexOf('.') + 1)..]}' is written twice in this object. Keep one of them.");
        }

        var options = BudgetJsonContext.Default.Options;
        new StructureChecker(options, Locate, diagnostics).Check(document.RootElement, BudgetJsonContext.Default.BudgetPaper, "$");
        if (diagnostics.HasErrors) return new LoadResult(null, diagnostics.Items);

        BudgetPaper paper;
        try
        {
            paper = document.RootElement.Deserialize(BudgetJsonContext.Default.BudgetPaper)!;
        }
        catch (JsonException ex)
        {
            // The structure check should have caught this; report it rather than crash.
            diagnostics.Error("RG0103", Locate(ex.Path ?? "$"), ex.Message);
            return new LoadResult(null, diagnostics.Items);
        }

        var figures = BudgetValidator.Validate(paper, Locate, diagnostics);
        return new LoadResult(paper, diagnostics.Items, figures);
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, string name, DiagnosticBag diagnostics)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions
            {
                MaxDepth = MaxDepth,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(name, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
                diagnostics.Error("RG0102", at, $"the data is nested more than {MaxDepth} levels deep. A budget file needs far fewer: check for runaway brackets.");
            else if (ex.Message.Contains("Expected depth to be zero", StringComparison.Ordinal))
                diagnostics.Error("RG0101", at, "the file ends before every { and [ is closed. Check the end of the file is there and each bracket has its partner.");
            else if (ex.Message.Contains("trailing comma", StringComparison.Ordinal))
                diagnostics.Error("RG0101", at, "there is a comma after the last item of a list or object. Remove it.");
            else
                diagnostics.Error("RG0101", at, $"this is not valid JSON: {FirstSentence(ex.Message)} Fix the JSON syntax here (a missing comma, quote or bracket is usual).");
            return null;
        }
    }

    // System.Text.Json appends "Path: $ | LineNumber: … " to its messages; our location says that already.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = (cut > 0 ? message[..cut] : message).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }
}
