using System.Runtime.CompilerServices;
using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>One <see cref="FontInfo"/> per font dictionary, however many pages and resource names share it.</summary>
internal sealed class FontCatalog
{
    private readonly Dictionary<int, FontInfo> byNumber = [];
    private readonly ConditionalWeakTable<CosDict, FontInfo> direct = [];

    /// <summary>Every font met, in the order first used.</summary>
    public List<FontInfo> All { get; } = [];

    /// <summary>The font a resource name stands for, or null when the resources do not define it.</summary>
    public FontInfo? Find(CosFile file, CosDict? resources, string name)
    {
        var entry = file.GetDict(resources, "Font")?[name];
        if (CosAccess.AsDict(file.Resolve(entry)) is not { } dict) return null;
        if (entry is CosRef reference)
        {
            if (!byNumber.TryGetValue(reference.Number, out var known))
                All.Add(byNumber[reference.Number] = known = new FontInfo(file, dict, reference.Number, name));
            return known;
        }
        if (!direct.TryGetValue(dict, out var inline))
        {
            inline = new FontInfo(file, dict, null, name);
            direct.Add(dict, inline);
            All.Add(inline);
        }
        return inline;
    }
}
