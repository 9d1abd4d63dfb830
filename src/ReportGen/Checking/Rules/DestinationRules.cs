using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Rules;

/// <summary>Destinations of bookmarks, links and the open action (ISO 32000-1 §12.3.2): they name a page of this
/// document and, where the kind of destination has one, a position on it.</summary>
internal static class DestinationRules
{
    public static void Run(CheckContext context)
    {
        var named = NamedDestinations(context.File, context.Catalog);
        Outlines(context, named);
        foreach (var page in context.Pages)
            foreach (var item in context.File.GetArray(page.Dictionary, "Annots")?.Items ?? [])
                if (context.File.Resolve(item) is CosDict annotation && context.File.GetName(annotation, "Subtype") == "Link")
                    Check(context, named, Target(context.File, annotation), "a link", page.Number, CosAccess.RefNumber(item));
        // The open action is checked for its page only: [page /XYZ null null 0] is the usual "open at page 1" and has no place to miss.
        if (context.File.Get(context.Catalog, "OpenAction") is { } open)
            Check(context, named, open is CosDict action ? context.File.Get(action, "D") : open, "the open action", null, null, needsPosition: false);
    }

    private static void Outlines(CheckContext context, Dictionary<string, CosObject> named)
    {
        var file = context.File;
        var visited = new HashSet<int>();
        var stack = new Stack<CosObject>();
        if (file.GetDict(context.Catalog, "Outlines")?["First"] is { } first) stack.Push(first);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            file.Budget.SpendObjects();
            if (node is not CosRef reference || !visited.Add(reference.Number) || file.Resolve(node) is not CosDict item) continue;
            if (item["Next"] is { } next) stack.Push(next);
            if (item["First"] is { } child) stack.Push(child);
            var title = file.GetText(item, "Title") ?? "";
            if (Target(file, item) is { } target) Check(context, named, target, $"the bookmark \"{title}\"", null, reference.Number);
        }
    }

    /// <summary>An item's /Dest, or the /D of its GoTo action.</summary>
    private static CosObject? Target(CosFile file, CosDict item) =>
        file.Get(item, "Dest") ?? (file.GetDict(item, "A") is { } action && file.GetName(action, "S") == "GoTo" ? file.Get(action, "D") : null);

    private static void Check(CheckContext context, Dictionary<string, CosObject> named, CosObject? target, string what, int? page, int? number, bool needsPosition = true)
    {
        var file = context.File;
        var destination = target switch
        {
            CosString s => named.GetValueOrDefault(s.Text),
            CosName n => named.GetValueOrDefault(n.Value),
            _ => target,
        };
        if (CosAccess.AsDict(destination) is { } wrapped) destination = file.Get(wrapped, "D");
        if (file.Resolve(destination) is not CosArray { Count: >= 2 } array)
        {
            if (target is CosString or CosName)
                context.Findings.Add(CheckRules.BrokenDestination, $"{what} names the destination '{(target as CosString)?.Text ?? (target as CosName)?.Value}', which the document does not define", page, number);
            return;
        }
        var pageNumber = context.PageNumberOf(CosAccess.RefNumber(array[0]));
        if (pageNumber is null)
            context.Findings.Add(CheckRules.BrokenDestination, $"{what} goes to {array[0]}, which is not a page of this document", page, number);
        var kind = (file.Resolve(array[1]) as CosName)?.Value;
        var topIndex = kind switch { "XYZ" => 3, "FitH" or "FitBH" => 2, _ => -1 };
        if (needsPosition && topIndex > 0 && (topIndex >= array.Count || file.Resolve(array[topIndex]) is not CosNumber))
            context.Findings.Add(CheckRules.DestinationWithoutPosition,
                $"{what} goes to /{kind} on page {pageNumber?.ToString() ?? "?"} with no top: it opens that page where the reader happens to be, not at the place", page ?? pageNumber, number);
    }

    /// <summary>Named destinations: the catalog's /Dests dictionary and the /Names /Dests name tree.</summary>
    private static Dictionary<string, CosObject> NamedDestinations(CosFile file, CosDict catalog)
    {
        var named = new Dictionary<string, CosObject>();
        if (file.GetDict(catalog, "Dests") is { } dests)
            foreach (var (key, value) in dests.Entries) named.TryAdd(key, value);
        var visited = new HashSet<int>();
        var stack = new Stack<CosObject>();
        if (file.GetDict(catalog, "Names")?["Dests"] is { } tree) stack.Push(tree);
        var synthetic = -1;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            file.Budget.SpendObjects();
            if (!visited.Add((node as CosRef)?.Number ?? synthetic--) || CosAccess.AsDict(file.Resolve(node)) is not { } dict) continue;
            foreach (var kid in file.GetArray(dict, "Kids")?.Items ?? []) stack.Push(kid);
            var names = file.GetArray(dict, "Names");
            for (var i = 0; names is not null && i + 1 < names.Count; i += 2)
                if (file.Resolve(names[i]) is CosString key) named.TryAdd(key.Text, names[i + 1]);
        }
        return named;
    }
}
