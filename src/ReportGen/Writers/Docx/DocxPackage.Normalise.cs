using System.IO.Compression;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxPackage
{
    // Zip (DOS) times run from 1980 to 2107. The entry times are not the document's date — core.xml carries that —
    // so a date outside the range is clamped rather than refused.
    private static readonly DateOnly Earliest = new(1980, 1, 1);
    private static readonly DateOnly Latest = new(2107, 12, 31);

    private static DateTimeOffset EntryTime(DateOnly date)
    {
        var day = date < Earliest ? Earliest : date > Latest ? Latest : date;
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    // Every entry, ours or re-zipped: deflated, stamped with the document's date rather than the clock.
    private static ZipArchiveEntry NewEntry(ZipArchive zip, string name, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        return entry;
    }

    /// <summary>
    /// Re-zips a package saved by the Open XML SDK (the workbook export's) with its entries in a fixed order and
    /// fixed times. The packaging API stamps entries with the current time, so without this two exports of the same
    /// data would differ.
    /// </summary>
    public static void Normalise(byte[] package, DateOnly date, Stream output)
    {
        var stamp = EntryTime(date);
        using var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // [Content_Types].xml first, as Office writes it; the rest in ordinal order.
        foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var from = entry.Open();
            using var to = NewEntry(target, entry.FullName, stamp).Open();
            from.CopyTo(to);
        }
    }
}
