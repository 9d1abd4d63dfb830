using PdfSharp.Drawing;
using PdfSharp.Fonts;
using ReportGen.Writers.Pdf.Fonts;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// PDFsharp's font resolver for the whole process: any family <see cref="FontLocator"/> can find, in four
/// faces; a face the system lacks is simulated from the regular one.
/// </summary>
internal sealed class PaperFontResolver : IFontResolver
{
    private static readonly object Gate = new();
    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public static PaperFontResolver Instance { get; } = new();

    /// <summary>Installs the resolver once; PDFsharp finds no fonts on Linux without one.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PaperFontResolver)
                GlobalFontSettings.FontResolver = Instance;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var found = FontLocator.Find(familyName);
        if (found is null) return null;
        var face = (bold, italic) switch
        {
            (true, true) => found.BoldItalic,
            (true, false) => found.Bold,
            (false, true) => found.Italic,
            _ => found.Regular,
        };
        if (face is not null) return new FontResolverInfo(face);
        var simulate = (bold ? XStyleSimulations.BoldSimulation : 0) | (italic ? XStyleSimulations.ItalicSimulation : 0);
        return new FontResolverInfo(found.Regular, simulate);
    }

    // The face name is the file's path, so each file is read once.
    public byte[]? GetFont(string faceName)
    {
        lock (files)
        {
            if (!files.TryGetValue(faceName, out var bytes))
                files[faceName] = bytes = File.ReadAllBytes(faceName);
            return bytes;
        }
    }
}
