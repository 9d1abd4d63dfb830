using ReportGen.Checking.Cos;
using ReportGen.Checking.Structure;

namespace ReportGen.Checking.Rules;

/// <summary>Rules on the structure tree itself: types and role mapping, headings, tables, lists, figures.</summary>
internal static class StructureRules
{
    public static void Run(CheckContext context)
    {
        var tree = context.Structure;
        RoleMap(context, tree);
        Headings(context, tree);
        foreach (var element in tree.Elements)
        {
            TableNesting(context, element);
            ListNesting(context, element);
            if (element.StandardType is "Figure" or "Formula" && !HasText(context.File, element.Dictionary, "Alt") && !HasText(context.File, element.Dictionary, "ActualText"))
                Report(context, CheckRules.FigureWithoutAlt, element, $"{Describe(element)} has neither /Alt nor /ActualText");
        }
        foreach (var table in tree.Elements.Where(e => e.StandardType == "Table"))
            TableHeaders.Check(context, table);
    }

    /// <summary>Judged per structure type in use, as veraPDF does: an entry for a type no element uses harms no reader,
    /// and LibreOffice's identity entries (/H1 /H1) remap nothing.</summary>
    private static void RoleMap(CheckContext context, StructTree tree)
    {
        foreach (var group in tree.Elements.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            var type = group.Key;
            var count = $"({group.Count()} element(s))";
            if (RoleMapping.StandardTypes.Contains(type))
            {
                if (tree.RoleMap.TryGetValue(type, out var target) && target != type)
                    Report(context, CheckRules.StandardTypeRemapped, first, $"the role map remaps the standard type /{type} to /{target} {count}");
            }
            else if (RoleMapping.IsCircular(type, tree.RoleMap))
                Report(context, CheckRules.CircularRoleMap, first, $"the role map is circular from /{type} {count}");
            else if (first.StandardType is null)
                Report(context, CheckRules.NonStandardType, first, $"the structure type /{type} is not standard and the role map does not map it to a standard type {count}");
        }
    }

    private static void Headings(CheckContext context, StructTree tree)
    {
        var previous = 0;
        StructElement? firstPlain = null, firstNumbered = null;
        foreach (var element in tree.Elements)
        {
            if (element.StandardType == "H") { firstPlain ??= element; continue; }
            if (element.StandardType is not ['H', >= '1' and <= '6']) continue;
            var level = element.StandardType[1] - '0';
            firstNumbered ??= element;
            if (previous == 0 && level != 1)
                Report(context, CheckRules.FirstHeadingNotH1, element, $"the first numbered heading is {element.StandardType}, not H1");
            else if (previous > 0 && level > previous + 1)
                Report(context, CheckRules.HeadingLevelSkipped, element,
                    $"{element.StandardType} follows H{previous}: {string.Join(", ", Enumerable.Range(previous + 1, level - previous - 1).Select(l => $"H{l}"))} skipped");
            previous = level;
        }
        if (firstPlain is not null && firstNumbered is not null)
            Report(context, CheckRules.MixedHeadings, firstPlain, "the document uses both H and numbered headings (H1–H6)");
    }

    private static readonly Dictionary<string, string[]> AllowedKids = new()
    {
        ["Table"] = ["TR", "THead", "TBody", "TFoot", "Caption"],
        ["THead"] = ["TR"], ["TBody"] = ["TR"], ["TFoot"] = ["TR"],
        ["TR"] = ["TH", "TD"],
        ["L"] = ["L", "LI", "Caption"],
        ["LI"] = ["Lbl", "LBody"],
    };

    private static readonly Dictionary<string, string[]> AllowedParents = new()
    {
        ["THead"] = ["Table"], ["TBody"] = ["Table"], ["TFoot"] = ["Table"],
        ["TR"] = ["Table", "THead", "TBody", "TFoot"],
        ["TH"] = ["TR"], ["TD"] = ["TR"],
        ["LI"] = ["L"], ["LBody"] = ["LI"],
    };

    private static void TableNesting(CheckContext context, StructElement element) =>
        Nesting(context, element, CheckRules.TableStructure, ["Table", "THead", "TBody", "TFoot", "TR", "TH", "TD"]);

    private static void ListNesting(CheckContext context, StructElement element) =>
        Nesting(context, element, CheckRules.ListStructure, ["L", "LI", "LBody"]);

    private static void Nesting(CheckContext context, StructElement element, CheckRule rule, string[] family)
    {
        var type = element.StandardType;
        if (type is null || !family.Contains(type)) return;
        if (AllowedKids.TryGetValue(type, out var kids))
            foreach (var child in element.ChildElements.Where(c => c.StandardType is not null && !kids.Contains(c.StandardType)))
                Report(context, rule, child, $"{Describe(child)} inside {type}, which may contain only {string.Join(", ", kids)}");
        if (AllowedParents.TryGetValue(type, out var parents) && !parents.Contains(element.Parent?.StandardType ?? ""))
            Report(context, rule, element, $"{Describe(element)} inside {element.Parent?.StandardType ?? "the structure tree root"}; it belongs in {string.Join(" or ", parents)}");
    }

    public static bool HasText(CosFile file, CosDict dict, string key) => file.Get(dict, key) is CosString s && s.Text.Trim().Length > 0;

    public static string Describe(StructElement element) =>
        element.StandardType is { } standard && standard != element.Type ? $"{element.Type} (as {standard})" : element.Type.Length > 0 ? element.Type : "an element with no /S";

    public static void Report(CheckContext context, CheckRule rule, StructElement element, string message) =>
        context.Findings.Add(rule, message, context.PageNumberOf(element.Page), element.ObjectNumber);
}
