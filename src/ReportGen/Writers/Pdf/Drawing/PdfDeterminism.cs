using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Replaces what PDFsharp randomises on every save — font subset tags ("ABCDEF+") and XMP uuids — with
/// values derived from the document's own content. Each replacement has the same length, so the
/// cross-reference offsets stay valid, and the same input always gives the same bytes.
/// </summary>
internal static partial class PdfDeterminism
{
    [GeneratedRegex(@"/([A-Z]{6})\+([A-Za-z0-9-]+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    public static byte[] Fix(byte[] pdf, string seed)
    {
        // Latin-1 maps every byte to one char and back, so binary streams pass through untouched.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetTag().Replace(text, match =>
        {
            var old = match.Groups[1].Value;
            if (!tags.TryGetValue(old, out var tag))
                tags[old] = tag = Letters(Hash($"{seed}/font/{match.Groups[2].Value}/{tags.Count}"));
            return $"/{tag}+{match.Groups[2].Value}";
        });
        var uuids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        text = Uuid().Replace(text, match =>
        {
            if (!uuids.TryGetValue(match.Value, out var uuid))
                uuids[match.Value] = uuid = "uuid:" + new Guid(Hash($"{seed}/uuid/{uuids.Count}")[..16]).ToString("D");
            return uuid;
        });
        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>A 32-hex-digit id for the trailer, from the content.</summary>
    public static string DocumentId(string seed) => Convert.ToHexString(Hash(seed)[..16]);

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    private static string Letters(byte[] hash) => string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
}
