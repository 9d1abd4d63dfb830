using System.Reflection;

namespace ReportGen.Templating.Sets;

/// <summary>
/// A set built into the tool (the repository's templates/ folder, embedded when the library is compiled), so
/// <c>reportgen build</c> finds its templates from any folder: the repository build, the Native AOT binary and an
/// installed tool alike.
/// </summary>
public sealed class BuiltInTemplateSet : TemplateSet
{
    private const string Prefix = "templates/";
    private static readonly Assembly Library = typeof(BuiltInTemplateSet).Assembly;
    private readonly Dictionary<string, string> resources;

    private BuiltInTemplateSet(string name, Dictionary<string, string> resources)
    {
        Name = name;
        this.resources = resources;
    }

    /// <summary>Every built-in set, by name, in order.</summary>
    public static IReadOnlyList<BuiltInTemplateSet> All { get; } = Load();

    /// <summary>The built-in set called <paramref name="name"/>, or null.</summary>
    public static BuiltInTemplateSet? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string Shown => $"reportgen:{Name}";

    /// <inheritdoc/>
    public override string? Folder => null;

    /// <inheritdoc/>
    public override IReadOnlyList<string> FileNames => [.. resources.Keys.Order(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public override bool Has(string fileName) => resources.ContainsKey(fileName);

    /// <inheritdoc/>
    public override SetFile Read(string fileName, long limit)
    {
        using var stream = resources.TryGetValue(fileName, out var resource) ? Library.GetManifestResourceStream(resource) : null;
        if (stream is null) return new SetFile(ShownFile(fileName), null, "RG0331", $"the built-in set {Name} has no {fileName}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return new SetFile(ShownFile(fileName), bytes);
    }

    // Resource names are "templates/SET/FILE" (the build normalises Windows separators to '/').
    private static List<BuiltInTemplateSet> Load() =>
        [.. Library.GetManifestResourceNames()
            .Select(name => (Resource: name, Parts: name.Replace('\\', '/').Split('/')))
            .Where(r => r.Parts.Length == 3 && r.Resource.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal))
            .GroupBy(r => r.Parts[1], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BuiltInTemplateSet(g.Key, g.ToDictionary(r => r.Parts[2], r => r.Resource, StringComparer.Ordinal)))];
}
