using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// A workbook's zip edited below the spreadsheet: a part's XML rewritten as text, a part added, dropped or renamed,
/// the zip's directory made to lie — what a damaged or hand-made file holds, which no spreadsheet program writes.
/// </summary>
internal static class WorkbookParts
{
    /// <summary>The Community Safety sheet of the reference workbook (its B5 is Youth Offending's amount, A5 its label).</summary>
    public const string CommunitySafety = "xl/worksheets/sheet3.xml";

    public const string SharedStrings = "xl/sharedStrings.xml", ContentTypes = "[Content_Types].xml", WorkbookRels = "xl/_rels/workbook.xml.rels";

    /// <summary>The text of a part.</summary>
    public static string Text(byte[] workbook, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry(part)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The workbook with <paramref name="part"/>'s text rewritten; the edit must change it.</summary>
    public static byte[] Edit(byte[] workbook, string part, Func<string, string> edit)
    {
        var before = Text(workbook, part);
        var after = edit(before);
        Assert.NotEqual(before, after);
        return Put(workbook, part, Encoding.UTF8.GetBytes(after));
    }

    /// <summary>The workbook with the cell <paramref name="reference"/> of the Community Safety sheet replaced by <paramref name="cell"/> (x: prefixed XML).</summary>
    public static byte[] Cell(byte[] workbook, string reference, string cell) =>
        Edit(workbook, CommunitySafety, xml => Regex.Replace(xml, $"<x:c r=\"{reference}\"[^>]*?(/>|>.*?</x:c>)", cell.Replace("$", "$$", StringComparison.Ordinal)));

    /// <summary>The workbook with <paramref name="part"/> written (added, or replacing the one there).</summary>
    public static byte[] Put(byte[] workbook, string part, byte[] bytes) => Rezip(workbook, part, bytes);

    /// <summary>The workbook without <paramref name="part"/>.</summary>
    public static byte[] Remove(byte[] workbook, string part) => Rezip(workbook, part, null);

    /// <summary>The workbook with a second entry named <paramref name="name"/> added after the others.</summary>
    public static byte[] Twice(byte[] workbook, string name)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        using (var entry = zip.CreateEntry(name).Open())
            entry.Write("<x/>"u8);
        return stream.ToArray();
    }

    /// <summary>
    /// The workbook with <paramref name="part"/> grown by <paramref name="padding"/> bytes of comment after its XML
    /// declaration, while the zip's directory and the part's own header still give its old size: a bomb that hides
    /// from a check of sizes. Read only as far as the size it gives, the part ends in the middle.
    /// </summary>
    public static byte[] UnderstatedSize(byte[] workbook, string part, int padding)
    {
        var original = Encoding.UTF8.GetByteCount(Text(workbook, part));
        var bytes = Edit(workbook, part, xml => xml.Insert(xml.IndexOf("?>", StringComparison.Ordinal) + 2, "<!--" + new string(' ', padding) + "-->"));
        var name = Encoding.UTF8.GetBytes(part);
        // Central directory records (PK 1 2) give the uncompressed size at +24 and the local header's offset at +42;
        // the local header (PK 3 4) gives it at +22.
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i)) != 0x02014B50) continue;
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(i + 28));
            if (!bytes.AsSpan(i + 46, nameLength).SequenceEqual(name)) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), (uint)original);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 42));
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), (uint)original);
            return bytes;
        }
        throw new ArgumentException($"no entry {part}", nameof(part));
    }

    private static byte[] Rezip(byte[] workbook, string part, byte[]? bytes)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            if (bytes is not null)
                using (var entry = zip.CreateEntry(part, CompressionLevel.Optimal).Open())
                    entry.Write(bytes);
        }
        return stream.ToArray();
    }
}
