namespace ReportGen.Checking.Content;

/// <summary>A 2-D affine matrix [a b c d e f] (ISO 32000-1 §8.3.3); points are row vectors, so p' = p × M.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This × <paramref name="m"/>: apply this, then <paramref name="m"/>.</summary>
    public Matrix Times(Matrix m) => new(
        A * m.A + B * m.C, A * m.B + B * m.D,
        C * m.A + D * m.C, C * m.B + D * m.D,
        E * m.A + F * m.C + m.E, E * m.B + F * m.D + m.F);
}

/// <summary>One text-showing operator in tagged content: its text, where its baseline starts and which way it runs.</summary>
/// <param name="Text">The Unicode text (U+FFFD for codes that have no mapping).</param>
/// <param name="X">Start of the baseline, in default user space.</param>
/// <param name="Y">Start of the baseline.</param>
/// <param name="DirectionX">Unit vector along the baseline.</param>
/// <param name="DirectionY">Unit vector along the baseline.</param>
/// <param name="Size">The text's height in user space.</param>
/// <param name="HasActualText">Inside marked content with /ActualText, which replaces the text for readers.</param>
/// <param name="Page">1-based page number.</param>
internal sealed record TextRun(string Text, double X, double Y, double DirectionX, double DirectionY, double Size, bool HasActualText, int Page);

/// <summary>Where a device colour space was first used.</summary>
internal sealed record ColourUse(int Page, int? ObjectNumber, long? Offset, string How);

/// <summary>What the content streams were seen to do, for the rules that judge the document as a whole.</summary>
internal sealed class ContentFacts
{
    /// <summary>Tagged text, per (content owner, MCID), in content order.</summary>
    public Dictionary<(int Owner, int Mcid), List<TextRun>> Runs { get; } = [];

    /// <summary>The first use of DeviceRGB, DeviceCMYK and DeviceGray.</summary>
    public Dictionary<string, ColourUse> DeviceColour { get; } = [];

    /// <summary>Pages that draw something transparent (constant alpha below 1, a soft mask, a blend mode).</summary>
    public HashSet<int> PagesWithTransparency { get; } = [];

    public void UseColour(string space, ColourUse use) => DeviceColour.TryAdd(space, use);
}
