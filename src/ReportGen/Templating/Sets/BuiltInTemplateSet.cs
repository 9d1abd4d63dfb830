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

    // Resource names are "templates/SET/FILE" (the build normalises Windows separators to '/'). A plain loop: Linq
    // over tuples here cost every framework-dependent start-up some 35 JIT-compiled methods.
    private static List<BuiltInTemplateSet> Load()
    {
        var sets = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var resource in Library.GetManifestResourceNames())
        {
            var parts = resource.Replace('\\', '/').Split('/');
            if (parts.Length != 3 || !resource.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal)) continue;
            if (!sets.TryGetValue(parts[1], out var files)) sets[parts[1]] = files = new(StringComparer.Ordinal);
            files[parts[2]] = resource;
        }
        var names = new List<string>(sets.Keys);
        names.Sort(StringComparer.Ordinal);
        return names.ConvertAll(name => new BuiltInTemplateSet(name, sets[name]));
    }
}
