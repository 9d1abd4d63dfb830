using System.IO.Compression;

namespace ReportGen.Writers.Docx;

/// <summary>
/// Re-zips a saved package with its entries in a fixed order and fixed times. The packaging API stamps
/// entries with the current time, so without this two builds of the same paper would differ.
/// </summary>
internal static class DocxPackage
{
    public static void Normalise(byte[] package, DateOnly date, Stream output)
    {
        var stamp = new DateTimeOffset(Math.Max(date.Year, 1980), date.Month, date.Day, 0, 0, 0, TimeSpan.Zero);
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
