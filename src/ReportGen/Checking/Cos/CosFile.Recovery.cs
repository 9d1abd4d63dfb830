namespace ReportGen.Checking.Cos;

/// <summary>When the cross-reference data is damaged: find "n g obj" headers by scanning, as readers do.</summary>
internal sealed partial class CosFile
{
    private void Recover()
    {
        var span = Bytes.AsSpan();
        for (var at = span.IndexOf("obj"u8); at >= 0;)
        {
            if (HeaderBefore(at) is var (number, start) && (at + 3 >= Bytes.Length || !CosLexer.IsRegular(Bytes[at + 3])))
            {
                Budget.SpendObjects();
                entries[number] = new XrefEntry(start, 0, 0, false); // a later definition replaces an earlier one, as in an update
            }
            var next = span[(at + 3)..].IndexOf("obj"u8);
            at = next < 0 ? -1 : at + 3 + next;
        }
        Trailer = FindTrailer() ?? new CosDict([]);
        foreach (var number in entries.Keys.ToList())
            if (GetObject(number) is CosStream { } stream && (stream.Dictionary["Type"] as CosName)?.Value == "ObjStm")
                foreach (var (contained, index) in ObjectStreamIndex(number, stream).Select((pair, i) => (pair.Number, i)))
                    entries.TryAdd(contained, new XrefEntry(0, number, index, true));
        if (Trailer["Root"] is null && FindCatalog() is { } catalog)
            Trailer = new CosDict(new Dictionary<string, CosObject>(Trailer.Entries) { ["Root"] = catalog });
    }

    /// <summary>For "obj" at <paramref name="at"/>: the object number and where "n g" begins, if that is what precedes it.</summary>
    private (int Number, int Start)? HeaderBefore(int at)
    {
        var p = at - 1;
        if (p < 0 || !CosLexer.IsWhite(Bytes[p])) return null;
        while (p >= 0 && CosLexer.IsWhite(Bytes[p])) p--;
        var generationEnd = p;
        while (p >= 0 && Bytes[p] is >= (byte)'0' and <= (byte)'9') p--;
        if (p == generationEnd || p < 0 || !CosLexer.IsWhite(Bytes[p])) return null;
        while (p >= 0 && CosLexer.IsWhite(Bytes[p])) p--;
        var numberEnd = p;
        while (p >= 0 && Bytes[p] is >= (byte)'0' and <= (byte)'9') p--;
        if (p == numberEnd || numberEnd - p > 9 || (p >= 0 && CosLexer.IsRegular(Bytes[p]))) return null;
        var number = 0;
        for (var i = p + 1; i <= numberEnd; i++) number = number * 10 + (Bytes[i] - '0');
        return (number, p + 1);
    }

    /// <summary>The last "trailer" dictionary (or cross-reference stream dictionary) that names a catalog.</summary>
    private CosDict? FindTrailer()
    {
        CosDict? found = null;
        var span = Bytes.AsSpan();
        for (var at = span.IndexOf("trailer"u8); at >= 0;)
        {
            try
            {
                if (new CosParser(new CosLexer(Bytes, at + 7, Bytes.Length), Budget).ReadObject() is CosDict dict && dict["Root"] is not null)
                    found = dict;
            }
            catch (CosSyntaxException)
            {
                // Not a usable trailer; keep looking.
            }
            var next = span[(at + 7)..].IndexOf("trailer"u8);
            at = next < 0 ? -1 : at + 7 + next;
        }
        if (found is not null) return found;
        foreach (var number in entries.Keys.Order())
            if (GetObject(number) is CosStream { } stream && (stream.Dictionary["Type"] as CosName)?.Value == "XRef" && stream.Dictionary["Root"] is not null)
                found = stream.Dictionary;
        return found;
    }

    private CosRef? FindCatalog()
    {
        foreach (var number in entries.Keys.Order())
            if (GetObject(number) is CosDict dict && (dict["Type"] as CosName)?.Value == "Catalog")
                return new CosRef(number, 0);
        return null;
    }
}
