using System.Text;
using ReportGen.Checking.Content;
using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Rules;

/// <summary>PDF/A-2 colour: device colour needs a PDF/A OutputIntent whose ICC profile has its colour space (6.2.3,
/// 6.2.4.3); and a page transparency group with nothing transparent on the page is reported (6.2.10).</summary>
internal static class ColourRules
{
    /// <summary>Records each page's transparency-group colour space as a use of that space, as veraPDF counts it.</summary>
    public static void PageGroups(CheckContext context)
    {
        foreach (var page in context.Pages)
        {
            var group = context.File.GetDict(page.Dictionary, "Group");
            if (group is null || context.File.GetName(group, "S") != "Transparency") continue;
            if (context.File.Get(group, "CS") is CosName { Value: "DeviceRGB" or "DeviceCMYK" or "DeviceGray" } space)
                context.Content.UseColour(space.Value, new ColourUse(page.Number, page.ObjectNumber, null, "the page's transparency group"));
            if (!context.Content.PagesWithTransparency.Contains(page.Number))
                context.Findings.Add(CheckRules.NeedlessTransparencyGroup,
                    "the page has a transparency group (/Group /S /Transparency) but draws nothing transparent: viewers composite the page through it for nothing; remove it",
                    page.Number, page.ObjectNumber);
        }
    }

    public static void OutputIntent(CheckContext context)
    {
        var file = context.File;
        string? profileSpace = null;
        foreach (var item in file.GetArray(context.Catalog, "OutputIntents")?.Items ?? [])
        {
            var intent = file.Resolve(item) as CosDict;
            if (file.GetName(intent, "S") != "GTS_PDFA1") continue;
            var profileRef = intent!["DestOutputProfile"];
            var profile = file.Resolve(profileRef) is CosStream stream ? StreamDecoder.Decode(file, stream).Data : null;
            var (deviceClass, space) = profile is { Length: >= 20 } ? (Ascii(profile, 12), Ascii(profile, 16)) : ("", "");
            if (deviceClass is not ("prtr" or "mntr") || space is not ("RGB " or "CMYK" or "GRAY"))
                context.Findings.Add(CheckRules.OutputIntentProfile,
                    profile is null ? "the PDF/A OutputIntent has no readable /DestOutputProfile"
                                    : $"the OutputIntent's ICC profile is of class '{deviceClass}' and colour space '{space}', not an output or monitor profile of GRAY, RGB or CMYK",
                    objectNumber: CosAccess.RefNumber(profileRef) ?? CosAccess.RefNumber(item));
            profileSpace ??= space;
        }

        foreach (var (device, use) in context.Content.DeviceColour.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var needed = device switch { "DeviceRGB" => "RGB ", "DeviceCMYK" => "CMYK", _ => null };
            if (profileSpace is not null && (needed is null || needed == profileSpace)) continue;
            var why = profileSpace is null ? "the file has no PDF/A OutputIntent" : $"the PDF/A OutputIntent's profile is {profileSpace.Trim()}, not {needed!.Trim()}";
            context.Findings.Add(CheckRules.DeviceColourWithoutIntent, $"{device} is used (first by {use.How}) but {why}", use.Page, use.ObjectNumber, use.Offset);
        }
    }

    private static string Ascii(byte[] data, int at) => Encoding.ASCII.GetString(data, at, 4);
}
