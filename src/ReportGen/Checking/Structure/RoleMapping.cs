namespace ReportGen.Checking.Structure;

/// <summary>The standard structure types of ISO 32000-1 §14.8.4 and role-map resolution (§14.7.3).</summary>
internal static class RoleMapping
{
    public static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
        "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP", "Warichu", "WT", "WP",
        "Figure", "Formula", "Form",
    ];

    /// <summary>The standard type a type stands for: itself when standard, else followed through the role map;
    /// null when the chain ends on a non-standard type or loops.</summary>
    public static string? Resolve(string type, IReadOnlyDictionary<string, string> roleMap)
    {
        var seen = new HashSet<string>();
        var current = type;
        while (!StandardTypes.Contains(current))
        {
            if (!seen.Add(current) || !roleMap.TryGetValue(current, out var next)) return null;
            current = next;
        }
        return current;
    }

    /// <summary>True when following the role map from a non-standard <paramref name="type"/> comes back to a type
    /// already seen before reaching a standard type.</summary>
    public static bool IsCircular(string type, IReadOnlyDictionary<string, string> roleMap)
    {
        var seen = new HashSet<string>();
        var current = type;
        while (!StandardTypes.Contains(current) && roleMap.TryGetValue(current, out var next))
        {
            if (!seen.Add(current)) return true;
            current = next;
        }
        return false;
    }
}
