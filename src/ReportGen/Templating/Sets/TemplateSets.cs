namespace ReportGen.Templating.Sets;

/// <summary>
/// Finds the template set <c>--templates</c> names. A value that is a folder (<c>templates/our-paper</c>, an absolute
/// path) is that folder. A plain name is looked for as <c>templates/NAME</c> in the current folder — a set copied
/// there overrides the built-in one — and then among the sets built into the tool.
/// </summary>
public static class TemplateSets
{
    /// <summary>The set used when none is named.</summary>
    public const string DefaultName = "board-paper";

    /// <summary>Where a copied set overrides the built-in one of its name: templates/NAME under the current folder.</summary>
    public const string OverrideFolder = "templates";

    /// <summary>The set <paramref name="nameOrFolder"/> names, or null with why not in <paramref name="problem"/>.</summary>
    public static TemplateSet? Resolve(string? nameOrFolder, out string? problem)
    {
        var given = string.IsNullOrWhiteSpace(nameOrFolder) ? DefaultName : nameOrFolder;
        problem = null;
        if (Directory.Exists(given)) return new FolderTemplateSet(given, given);
        if (IsPlainName(given))
        {
            var copied = Path.Combine(OverrideFolder, given);
            if (Directory.Exists(copied)) return new FolderTemplateSet(copied, copied);
            if (BuiltInTemplateSet.Find(given) is { } builtIn) return builtIn;
        }
        problem = IsPlainName(given)
            ? $"there is no template set '{given}': no folder {given} or {Path.Combine(OverrideFolder, given)} here, and no built-in set of that name. Built-in sets: {string.Join(", ", BuiltInTemplateSet.All.Select(s => s.Name))}."
            : $"the template folder {given} does not exist. Give a folder, or the name of a set: {string.Join(", ", BuiltInTemplateSet.All.Select(s => s.Name))}.";
        return null;
    }

    /// <summary>Letters, digits, '-' and '_': a set's name rather than a path.</summary>
    public static bool IsPlainName(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The first line of a set's README that says what the set is for (its title, without the #).</summary>
    public static string Describe(TemplateSet set)
    {
        if (!set.Has("README.md")) return "";
        var file = set.Read("README.md", 64 * 1024);
        if (file.Bytes is null) return "";
        var first = System.Text.Encoding.UTF8.GetString(file.Bytes).Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal));
        return first?[2..].Trim() ?? "";
    }
}
