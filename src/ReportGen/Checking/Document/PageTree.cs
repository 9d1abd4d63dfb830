using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Document;

/// <summary>A page as the checker sees it: its number, object, dictionary and (inherited) resources.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="ObjectNumber">The page object's number; pages are always indirect in a well-formed file.</param>
/// <param name="Dictionary">The page dictionary.</param>
/// <param name="Resources">The resources, inherited from the page tree when the page has none.</param>
internal sealed record PageInfo(int Number, int ObjectNumber, CosDict Dictionary, CosDict? Resources);

/// <summary>Flattens the page tree (ISO 32000-1 §7.7.3) without recursion, visiting each node once.</summary>
internal static class PageTree
{
    public static List<PageInfo> Read(CosFile file, CosDict catalog)
    {
        var pages = new List<PageInfo>();
        var visited = new HashSet<int>();
        var stack = new Stack<(CosObject Node, CosDict? Resources)>();
        if (catalog["Pages"] is { } root) stack.Push((root, null));
        var syntheticNumber = -1;
        while (stack.Count > 0)
        {
            var (node, inherited) = stack.Pop();
            file.Budget.SpendObjects();
            var number = node is CosRef reference ? reference.Number : syntheticNumber--;
            if (!visited.Add(number) || file.Resolve(node) is not CosDict dict) continue;
            var resources = file.GetDict(dict, "Resources") ?? inherited;
            var kids = file.GetArray(dict, "Kids");
            if (kids is not null && file.GetName(dict, "Type") != "Page")
            {
                for (var i = kids.Count - 1; i >= 0; i--) stack.Push((kids[i], resources));
                continue;
            }
            pages.Add(new PageInfo(pages.Count + 1, number, dict, resources));
        }
        return pages;
    }
}
