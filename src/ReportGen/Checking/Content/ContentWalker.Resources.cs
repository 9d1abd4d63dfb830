using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>Resources a content stream uses: colour spaces (for PDF/A-2 6.2.4.3), graphics states and images (for
/// transparency), and form XObjects, whose content is walked as part of the page.</summary>
internal sealed partial class ContentWalker
{
    private static readonly Dictionary<string, string> DeviceNames = new()
    {
        ["DeviceRGB"] = "DeviceRGB", ["RGB"] = "DeviceRGB",
        ["DeviceCMYK"] = "DeviceCMYK", ["CMYK"] = "DeviceCMYK",
        ["DeviceGray"] = "DeviceGray", ["G"] = "DeviceGray",
    };

    private void UseColour(string space, string how, int offset)
    {
        // A page's DefaultRGB (etc.) colour space makes device colour device-independent (PDF/A-2 6.2.4.3).
        var defaultName = "Default" + space["Device".Length..];
        if (context.File.GetDict(resources, "ColorSpace")?.Has(defaultName) == true) return;
        context.Content.UseColour(space, new ColourUse(page.Number, currentStream, offset, how));
    }

    private void UseColourSpace(CosObject? space, string how, int offset, int depth = 0)
    {
        if (depth > 4) return;
        switch (context.File.Resolve(space))
        {
            case CosName name when DeviceNames.TryGetValue(name.Value, out var device):
                UseColour(device, how, offset);
                return;
            case CosName name when NamedColourSpace(name.Value) is { } named:
                UseColourSpace(named, how, offset, depth + 1);
                return;
            case CosArray { Count: >= 2 } array when array[0] is CosName family:
                var baseSpace = family.Value switch
                {
                    "Indexed" or "I" or "Pattern" => array[1],
                    "Separation" when array.Count >= 3 => array[2],
                    "DeviceN" when array.Count >= 3 => array[2],
                    _ => null,
                };
                if (baseSpace is not null) UseColourSpace(baseSpace, $"{how} ({family.Value})", offset, depth + 1);
                return;
        }
    }

    private CosObject? NamedColourSpace(string name) => context.File.GetDict(resources, "ColorSpace") is { } spaces ? spaces[name] : null;

    private void GraphicsStateParameters(string name)
    {
        var gs = context.File.GetDict(context.File.GetDict(resources, "ExtGState"), name);
        if (gs is null) return;
        var transparent = context.File.GetNumber(gs, "CA") < 1 || context.File.GetNumber(gs, "ca") < 1
            || context.File.Get(gs, "SMask") is CosDict or CosStream
            || context.File.Get(gs, "BM") is CosName { Value: not ("Normal" or "Compatible") } or CosArray;
        if (transparent) MarkTransparent();
    }

    private void DrawXObject(string name, int offset)
    {
        var entry = context.File.GetDict(resources, "XObject")?[name];
        if (context.File.Resolve(entry) is not CosStream xobject) return;
        var dict = xobject.Dictionary;
        switch (context.File.GetName(dict, "Subtype"))
        {
            case "Image":
                Paint("Do", offset);
                if (context.File.GetBool(dict, "ImageMask") != true) UseColourSpace(dict["ColorSpace"], "an image", offset);
                if (dict.Has("SMask") || context.File.GetNumber(dict, "SMaskInData") > 0) MarkTransparent();
                return;
            case "Form":
                DrawForm(CosAccess.RefNumber(entry), xobject, offset);
                return;
        }
    }

    private void DrawForm(int? number, CosStream form, int offset)
    {
        var group = context.File.GetDict(form.Dictionary, "Group");
        if (group is not null) UseColourSpace(group["CS"], "a form's transparency group", offset);
        var kind = Current().Kind;
        if (number is not { } formNumber || formDepth >= MaxFormDepth) return;
        // Each form is walked once per kind of place it is drawn in; its findings are the same wherever it is drawn.
        if (context.Forms.Add((formNumber, kind)) && StreamDecoder.Decode(context.File, form).Data is { } data)
        {
            var formResources = context.File.GetDict(form.Dictionary, "Resources") ?? resources;
            var walker = new ContentWalker(context, page, formNumber, formResources, kind, formDepth + 1);
            walker.state = walker.state with { Ctm = state.Ctm };
            walker.Run(data, formNumber);
            walker.EndOfStream();
            if (walker.drewTransparency) context.TransparentForms.Add(formNumber);
        }
        if (context.TransparentForms.Contains(formNumber)) MarkTransparent();
    }

    private bool drewTransparency;

    private void MarkTransparent()
    {
        drewTransparency = true;
        context.Content.PagesWithTransparency.Add(page.Number);
    }

    private void Shading(string name, int offset)
    {
        var shading = context.File.GetDict(context.File.GetDict(resources, "Shading"), name);
        if (shading is not null) UseColourSpace(shading["ColorSpace"], "a shading", offset);
    }

    private void InlineImage(CosDict image, int offset)
    {
        if (context.File.Get(image, "IM") is CosBool { Value: true } || context.File.Get(image, "ImageMask") is CosBool { Value: true }) return;
        UseColourSpace(image["CS"] ?? image["ColorSpace"], "an inline image", offset);
    }
}
