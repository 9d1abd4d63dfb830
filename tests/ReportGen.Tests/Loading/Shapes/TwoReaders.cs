using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportGen.Diagnostics;
using ReportGen.Loading;
using ReportGen.Loading.Shapes;
using ReportGen.Theming;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>What the loader made of a file the old way (STJ metadata and deserializer) and the new (our shapes and binder).</summary>
/// <param name="Before">The diagnostics the old structure check gave, one per line, as <c>reportgen validate</c> prints them.</param>
/// <param name="After">The diagnostics the new one gives.</param>
/// <param name="Deserialized">When the old check passed: what STJ deserialized, written back with the STJ context.</param>
/// <param name="Bound">When the new check passed: what our binder built, written back with the same context.</param>
internal sealed record TwoReadings(string Before, string After, string? Deserialized, string? Bound);

/// <summary>Reads a file both ways over the same parsed, text-checked tree, so that only the structure check and the binding differ.</summary>
internal static class TwoReaders
{
    public static TwoReadings? Budget(byte[] utf8) =>
        Read(utf8, BudgetLoader.MaxDepth, BudgetJsonContext.Default.BudgetPaper, BudgetShapes.BudgetPaper);

    public static TwoReadings? Theme(byte[] utf8) =>
        Read(utf8, ThemeLoader.MaxDepth, ThemeJsonContext.Default.Theme, ThemeShapes.Theme);

    /// <summary>Both readings, or null when the file stops before the structure check (syntax, the text policy).</summary>
    public static TwoReadings? Read<T>(byte[] utf8, int maxDepth, JsonTypeInfo<T> type, ObjectShape<T> shape) where T : class
    {
        var tree = new DiagnosticBag();
        using var document = CheckedJsonReader.ReadTree(utf8, "file.json", maxDepth, tree, out var locate);
        if (document is null) return null;
        var root = document.RootElement;

        var before = new DiagnosticBag();
        new StjStructureChecker(type.Options, locate, before).Check(root, type, "$");
        var after = new DiagnosticBag();
        new StructureChecker(locate, after).Check(root, shape, "$");

        string? deserialized = null, bound = null;
        if (!tree.HasErrors && !before.HasErrors)
        {
            try
            {
                deserialized = Write(root.Deserialize(type)!, type);
            }
            catch (JsonException ex)
            {
                // The old reader turned this into RG0103; the new one must have refused the file too.
                deserialized = "STJ refused it: " + ex.Message;
            }
        }
        if (!tree.HasErrors && !after.HasErrors) bound = Write(shape.Read(root), type);
        return new TwoReadings(Text(before), Text(after), deserialized, bound);
    }

    private static string Write<T>(T value, JsonTypeInfo<T> type) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, type));

    private static string Text(DiagnosticBag bag) => string.Concat(bag.Items.Select(d => d + "\n"));
}
