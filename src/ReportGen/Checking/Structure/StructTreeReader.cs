using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Structure;

/// <summary>Reads the structure tree depth-first without recursion, visiting each element once, so a tree whose /K
/// points back at an ancestor is read as far as it is a tree.</summary>
internal static class StructTreeReader
{
    public static StructTree Read(CosFile file, CosDict catalog)
    {
        var rootRef = catalog["StructTreeRoot"];
        var root = CosAccess.AsDict(file.Resolve(rootRef));
        if (root is null) return StructTree.Empty;
        var tree = new StructTree(CosAccess.RefNumber(rootRef));
        if (file.GetDict(root, "RoleMap") is { } roleMap)
            foreach (var (key, value) in roleMap.Entries)
                if (file.Resolve(value) is CosName target) tree.RoleMap[key] = target.Value;

        var visited = new HashSet<int>();
        var stack = new Stack<(CosObject Kid, StructElement? Parent, int? Page)>();
        PushKids(file, root["K"], null, null, stack);
        var synthetic = -1;
        while (stack.Count > 0)
        {
            var (kid, parent, page) = stack.Pop();
            file.Budget.SpendObjects();
            var resolved = file.Resolve(kid);
            if (resolved is CosNumber mcid)
            {
                if (parent is not null && page is { } owner) AddContent(tree, parent, owner, mcid.AsInt);
                continue;
            }
            if (resolved is not CosDict dict) continue;
            var number = kid is CosRef reference ? reference.Number : synthetic--;
            if (!visited.Add(number)) continue;
            var kidPage = CosAccess.RefNumber(dict["Pg"]) ?? page;
            var type = file.GetName(dict, "Type");
            if (type == "MCR" || (type is null && dict.Has("MCID") && !dict.Has("S")))
            {
                var owner = CosAccess.RefNumber(dict["Stm"]) ?? kidPage;
                if (parent is not null && owner is { } o && file.GetNumber(dict, "MCID") is { } id) AddContent(tree, parent, o, (int)id);
                continue;
            }
            if (type == "OBJR" || (type is null && dict.Has("Obj") && !dict.Has("S")))
            {
                if (parent is not null && CosAccess.RefNumber(dict["Obj"]) is { } target)
                {
                    parent.Kids.Add(new ObjectKid(target));
                    tree.ByObject.TryAdd(target, parent);
                }
                continue;
            }
            var element = new StructElement(kid is CosRef r ? r.Number : null, dict, file.GetName(dict, "S") ?? "", parent, kidPage);
            element.StandardType = RoleMapping.Resolve(element.Type, tree.RoleMap);
            parent?.Kids.Add(new ElementKid(element));
            tree.Elements.Add(element);
            PushKids(file, dict["K"], element, kidPage, stack);
        }
        return tree;
    }

    private static void AddContent(StructTree tree, StructElement parent, int owner, int mcid)
    {
        parent.Kids.Add(new ContentKid(owner, mcid));
        tree.ByContent.TryAdd((owner, mcid), parent);
    }

    /// <summary>Pushes kids in reverse so they pop in document order.</summary>
    private static void PushKids(CosFile file, CosObject? kids, StructElement? parent, int? page, Stack<(CosObject, StructElement?, int?)> stack)
    {
        if (kids is null) return;
        if (file.Resolve(kids) is CosArray array)
        {
            for (var i = array.Count - 1; i >= 0; i--) stack.Push((array[i], parent, page));
            return;
        }
        stack.Push((kids, parent, page));
    }
}
