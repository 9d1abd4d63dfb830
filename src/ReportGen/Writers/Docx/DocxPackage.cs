using System.IO.Compression;

namespace ReportGen.Writers.Docx;

/// <summary>
/// Re-zips a saved package with its entries in a fixed order and fixed times. The packaging API stamps
/// entries with the current time, so without this two builds of the same paper would differ.
/// </summary>
internal static class DocxPackage
{
    // Zip (DOS) times run from 1980 to 2107. The entry times are not the document's date — core.xml carries that —
    // so a date outside the range is clamped rather than refused.
    private static readonly DateOnly Earliest = new(1980, 1, 1);
    private static readonly DateOnly Latest = new(2107, 12, 31);

    public static void Normalise(byte[] package, DateOnly date, Stream output)
    {
        var day = date < Earliest ? Earliest : date > Latest ? Latest : date;
        var stamp = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // [Content_Types].xml first, as Office writes it; the rest in ordinal order.
        foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = stamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
