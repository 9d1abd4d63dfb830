using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Replaces what PDFsharp randomises on every save — font subset tags ("ABCDEF+") — with tags derived from the
/// document's own content, and derives the file's ids from it too, so the same input always gives the same bytes.
/// </summary>
internal static partial class PdfDeterminism
{
    [GeneratedRegex(@"/([A-Z]{6})\+([A-Za-z0-9#-]+)")]
    private static partial Regex SubsetTag();

    /// <summary>A rewriter for dictionary text: each random subset tag becomes one derived from the seed, the same tag everywhere it occurs.</summary>
    public static Func<string, string> SubsetTags(string seed)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        return text => SubsetTag().Replace(text, match =>
        {
            var old = match.Groups[1].Value;
            if (!tags.TryGetValue(old, out var tag))
                tags[old] = tag = Letters(Hash($"{seed}/font/{match.Groups[2].Value}/{tags.Count}"));
            return $"/{tag}+{match.Groups[2].Value}";
        });
    }

    /// <summary>A 32-hex-digit id for the trailer, from the content.</summary>
    public static string DocumentId(string seed) => Convert.ToHexString(Hash(seed)[..16]);

    /// <summary>A UUID for XMP, from the content.</summary>
    public static string Uuid(string seed) => new Guid(Hash(seed)[..16]).ToString("D");

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Letters(byte[] hash) => string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
}
