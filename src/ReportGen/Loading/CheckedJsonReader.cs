using System.Text.Json;
using ReportGen.Diagnostics;
using ReportGen.Loading.Shapes;
using ReportGen.TextPolicy;

namespace ReportGen.Loading;

/// <summary>
/// Reads a JSON file into a typed value the careful way, for the data file and the theme alike: syntax, the
/// text policy over every string and property name, duplicate members, then a structure check reporting every
/// unknown, missing, null or wrongly typed value at once — each a located diagnostic — and only then reads the
/// value from the parsed tree.
/// </summary>
internal static class CheckedJsonReader
{
    /// <summary>The value, or null when an error was found; <paramref name="locate"/> maps a JSON path to its place in the file.</summary>
    public static T? Read<T>(ReadOnlyMemory<byte> utf8, string name, ObjectShape<T> shape, int maxDepth, DiagnosticBag diagnostics,
        out Func<string, SourceLocation> locate) where T : class
    {
        // A bag of its own: whatever the caller found before must not stop this file's checks.
        var found = new DiagnosticBag();
        T? value = null;
        using (var tree = ReadTree(utf8, name, maxDepth, found, out locate))
        {
            if (tree is not null)
            {
                new StructureChecker(locate, found).Check(tree.RootElement, shape, "$");
                // Past the check every value is of its shape, so reading cannot fail.
                if (!found.HasErrors) value = shape.Read(tree.RootElement);
            }
        }
        diagnostics.AddRange(found.Items);
        return value;
    }

    /// <summary>
    /// The file parsed, with the text policy applied and members written twice reported: null when its syntax or
    /// its text is wrong, else the tree for the structure check (which runs even when a member is written twice).
    /// </summary>
    internal static JsonDocument? ReadTree(ReadOnlyMemory<byte> utf8, string name, int maxDepth, DiagnosticBag diagnostics,
        out Func<string, SourceLocation> locate)
    {
        locate = path => new SourceLocation(name, 1, 1, path);
        if (utf8.Span.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        var document = Parse(utf8, name, maxDepth, diagnostics);
        if (document is null) return null;

        // The text policy: every string and property name checked where the file enters, before anything reads it.
        var text = new JsonTextCheck();
        var positions = JsonPositionIndex.Build(utf8, maxDepth, text.Visit);
        text.Report(name, positions.Locate, diagnostics);
        if (diagnostics.HasErrors || text.Changed)
        {
            document.Dispose();
            if (diagnostics.HasErrors) return null;
            document = Parse(text.Apply(utf8.Span), name, maxDepth, diagnostics)!;
        }
        locate = path =>
        {
            var (line, column) = positions.Find(path);
            return new SourceLocation(name, line, column, path);
        };

        foreach (var duplicate in positions.Duplicates)
        {
            var (line, column) = positions.FindDuplicate(duplicate);
            diagnostics.Error("RG0106", new SourceLocation(name, line, column, duplicate),
                $"'{duplicate[(duplicate.LastIndexOf('.') + 1)..]}' is written twice in this object. Keep one of them.");
        }
        return document;
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, string name, int maxDepth, DiagnosticBag diagnostics)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            var at = new SourceLocation(name, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            if (ex.Message.StartsWith("'/'", StringComparison.Ordinal))
                diagnostics.Error(BudgetLoader.CommentCode, at, "JSON has no comments, so this file cannot hold one (// or /* */). Remove it; editors and other tools refuse comments in JSON too.");
            else if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
                diagnostics.Error("RG0102", at, $"the file is nested more than {maxDepth} levels deep. It needs far fewer: check for runaway brackets.");
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
