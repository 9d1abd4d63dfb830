using ReportGen.Diagnostics;
using ReportGen.Files;
using ReportGen.Figures;
using ReportGen.Loading.Shapes;
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

    /// <summary>True when the data file was not there or could not be read at all, which callers report apart from bad data.</summary>
    public bool InputMissing => Diagnostics.Any(d => IsUnreadableInput(d.Code));

    /// <summary>True for the codes of a data file that is missing, a folder, or unreadable (exit code 3).</summary>
    public static bool IsUnreadableInput(string code) => code is MissingFileCode or BudgetLoader.NotAFileCode or BudgetLoader.UnreadableCode;

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
    /// <remarks>
    /// The file is read with the size limit enforced while reading, so a pipe, a device or /dev/zero costs at most
    /// the limit plus one byte; a folder, a link that loops or an unreadable file is a diagnostic, not an exception.
    /// </remarks>
    public static LoadResult LoadFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        var diagnostics = new DiagnosticBag();
        return ReadFile(path, name, diagnostics) is { } bytes ? Load(bytes, name) : new LoadResult(null, diagnostics.Items);
    }

    /// <summary>The data file's bytes, read with the size limit; or null, with the reason in <paramref name="diagnostics"/>.</summary>
    public static byte[]? ReadFile(string path, string name, DiagnosticBag diagnostics)
    {
        var read = InputFile.Read(path, MaxFileBytes, allowSpecial: true);
        if (read.Bytes is { } bytes) return bytes;
        var at = new SourceLocation(name);
        switch (read.Failure)
        {
            case InputFailure.Missing:
                diagnostics.Error(LoadResult.MissingFileCode, at, read.Detail.Length == 0
                    ? "the data file does not exist. Check the path."
                    : $"the data file does not exist: {read.Detail}. Check the path.");
                break;
            case InputFailure.TooLarge:
                diagnostics.Error("RG0002", at, $"the data file is too large: {read.Detail}. A budget paper's data is far smaller: check this is the right file.");
                break;
            case InputFailure.Folder:
                diagnostics.Error(NotAFileCode, at, "the data file is a folder. Give the path of the budget's .json file inside it.");
                break;
            default:
                diagnostics.Error(UnreadableCode, at, $"the data file cannot be read: {read.Detail}.");
                break;
        }
        return null;
    }

    /// <summary>The code of a data path that names a folder.</summary>
    public const string NotAFileCode = "RG0003";

    /// <summary>The code of a data file that exists but cannot be read (permissions, links that loop, I/O errors).</summary>
    public const string UnreadableCode = "RG0004";

    /// <summary>The code of a comment in a JSON file: JSON has none, and editors and other tools refuse them.</summary>
    public const string CommentCode = "RG0005";

    /// <summary>Loads and validates data already in memory (UTF-8 JSON).</summary>
    public static LoadResult Load(ReadOnlyMemory<byte> utf8, string name)
    {
        var diagnostics = new DiagnosticBag();
        if (utf8.Length > MaxFileBytes)
        {
            diagnostics.Error("RG0002", new SourceLocation(name), $"the data is {utf8.Length:N0} bytes; the limit is {MaxFileBytes:N0}.");
            return new LoadResult(null, diagnostics.Items);
        }
        var paper = CheckedJsonReader.Read(utf8, name, BudgetShapes.BudgetPaper, MaxDepth, diagnostics, out var locate);
        if (paper is null) return new LoadResult(null, diagnostics.Items);
        var figures = BudgetValidator.Validate(paper, locate, diagnostics);
        return new LoadResult(paper, diagnostics.Items, figures);
    }
}
