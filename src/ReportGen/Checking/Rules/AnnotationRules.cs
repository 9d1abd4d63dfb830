using ReportGen.Checking.Cos;
using ReportGen.Checking.Document;

namespace ReportGen.Checking.Rules;

/// <summary>Rules on each page's annotations: tab order, links tagged and described, PDF/A's types, flags and appearances.</summary>
internal static class AnnotationRules
{
    private static readonly HashSet<string> Iso32000Types =
    [
        "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine", "Highlight", "Underline", "Squiggly",
        "StrikeOut", "Stamp", "Caret", "Ink", "Popup", "FileAttachment", "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact",
    ];

    public static void Run(CheckContext context)
    {
        foreach (var page in context.Pages)
        {
            var annotations = context.File.GetArray(page.Dictionary, "Annots");
            if (annotations is null || annotations.Count == 0) continue;
            switch (context.File.Get(page.Dictionary, "Tabs"))
            {
                case null:
                    context.Findings.Add(CheckRules.TabsMissing, "the page has annotations but no /Tabs: tab order may not follow the structure", page.Number, page.ObjectNumber);
                    break;
                case CosName { Value: "S" }:
                    break;
                case CosName other:
                    context.Findings.Add(CheckRules.TabsNotStructure, $"the page has annotations and /Tabs /{other.Value}, not /S", page.Number, page.ObjectNumber);
                    break;
                case CosString text:
                    context.Findings.Add(CheckRules.TabsNotStructure, $"the page's /Tabs is the string ({text.Text}), not the name /S that ISO 32000-1 Table 30 requires", page.Number, page.ObjectNumber);
                    break;
                default:
                    context.Findings.Add(CheckRules.TabsNotStructure, "the page's /Tabs is not the name /S", page.Number, page.ObjectNumber);
                    break;
            }
            foreach (var item in annotations.Items)
                if (context.File.Resolve(item) is CosDict annotation)
                    Check(context, page, annotation, CosAccess.RefNumber(item));
        }
    }

    private static void Check(CheckContext context, PageInfo page, CosDict annotation, int? number)
    {
        var file = context.File;
        var subtype = file.GetName(annotation, "Subtype") ?? "";
        void Report(CheckRule rule, string message) => context.Findings.Add(rule, message, page.Number, number);

        if (!Iso32000Types.Contains(subtype))
            Report(CheckRules.ForbiddenAnnotation, $"a /{subtype} annotation: PDF/A-2 allows only the annotation types of ISO 32000-1 but 3D, Sound, Screen and Movie");
        var flags = file.GetNumber(annotation, "F") is { } f ? (int)f : (int?)null;
        if (subtype != "Popup" && flags is null)
            Report(CheckRules.AnnotationFlags, $"a /{subtype} annotation has no /F flags, so it is not set to print");
        else if (flags is { } value && subtype != "Popup" && ((value & 4) == 0 || (value & (1 | 2 | 32 | 256)) != 0))
            Report(CheckRules.AnnotationFlags, $"a /{subtype} annotation's /F is {value}: Print must be set and Invisible, Hidden, NoView and ToggleNoView clear");
        var rect = file.GetArray(annotation, "Rect")?.Items.Select(file.Resolve).OfType<CosNumber>().Select(n => n.Value).ToArray();
        var empty = rect is { Length: 4 } && rect[0] == rect[2] && rect[1] == rect[3];
        if (subtype is not ("Link" or "Popup") && !empty && file.GetDict(annotation, "AP")?.Has("N") != true)
            Report(CheckRules.AnnotationWithoutAppearance, $"a /{subtype} annotation has no normal appearance (/AP /N)");

        var element = number is { } n ? context.Structure.ByObject.GetValueOrDefault(n) : null;
        var described = StructureRules.HasText(file, annotation, "Contents");
        if (subtype == "Link")
        {
            if (element?.StandardType != "Link")
                Report(CheckRules.LinkNotTagged, element is null
                    ? "a link annotation that no structure element refers to (it needs an OBJR in a Link element)"
                    : $"a link annotation whose OBJR is in a {StructureRules.Describe(element)} element, not Link");
            if (!described)
                Report(CheckRules.LinkWithoutContents, "a link annotation without /Contents describing where it goes");
        }
        else if (subtype is not ("Widget" or "Popup" or "PrinterMark") && ((flags ?? 0) & 2) == 0 && !described
                 && !(element is not null && StructureRules.HasText(file, element.Dictionary, "Alt")))
            Report(CheckRules.AnnotationWithoutContents, $"a /{subtype} annotation with neither /Contents nor /Alt on its structure element");
    }
}
