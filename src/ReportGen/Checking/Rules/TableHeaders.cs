using ReportGen.Checking.Cos;
using ReportGen.Checking.Structure;

namespace ReportGen.Checking.Rules;

/// <summary>PDF/UA-1 7.5: in a table whose cells do not name their headers (/Headers), every TH says what it heads (/Scope).</summary>
internal static class TableHeaders
{
    public static void Check(CheckContext context, StructElement table)
    {
        var cells = Cells(table).ToList();
        if (cells.Any(cell => Attribute(context.File, cell, "Headers") is not null)) return;
        foreach (var header in cells.Where(c => c.StandardType == "TH"))
            if (Attribute(context.File, header, "Scope") is not CosName { Value: "Row" or "Column" or "Both" })
                StructureRules.Report(context, CheckRules.HeaderCellWithoutScope, header,
                    "a TH cell has no /Scope (Row, Column or Both) and the table does not use /Headers");
    }

    /// <summary>The table's cells, not descending into nested tables (they are checked on their own).</summary>
    private static IEnumerable<StructElement> Cells(StructElement table)
    {
        var stack = new Stack<StructElement>(table.ChildElements.Reverse());
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.StandardType is "TH" or "TD") yield return element;
            if (element.StandardType is "Table" or "TH" or "TD") continue;
            foreach (var child in element.ChildElements.Reverse()) stack.Push(child);
        }
    }

    /// <summary>A Table-owner attribute (ISO 32000-1 §14.8.5.7) from the element's /A, which may be one attribute
    /// object or an array of them with revision numbers between.</summary>
    public static CosObject? Attribute(CosFile file, StructElement element, string key)
    {
        var attributes = file.Get(element.Dictionary, "A") switch
        {
            CosArray array => array.Items.Select(file.Resolve).Select(CosAccess.AsDict).OfType<CosDict>(),
            var single => CosAccess.AsDict(single) is { } dict ? [dict] : [],
        };
        foreach (var attribute in attributes)
            if (file.GetName(attribute, "O") == "Table" && file.Get(attribute, key) is { } value)
                return value;
        return null;
    }
}
