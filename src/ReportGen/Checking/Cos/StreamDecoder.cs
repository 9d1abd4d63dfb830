namespace ReportGen.Checking.Cos;

/// <summary>What decoding a stream gave: the bytes when every filter could be applied, and what went wrong.</summary>
/// <param name="Data">The decoded bytes, or null when a filter was not applied (an image codec, LZW, a TIFF predictor, an error).</param>
/// <param name="Problem">Why the stream does not decode to its end, if it does not.</param>
/// <param name="Filter">The filter the problem is in.</param>
/// <param name="OverLimit">True when the problem is only that the data decodes to more than the checker reads.</param>
internal sealed record DecodedStream(byte[]? Data, string? Problem, string? Filter, bool OverLimit = false);

/// <summary>
/// Applies a stream's filters (ISO 32000-1 §7.4). Image codecs (DCT, JPX, CCITT, JBIG2) are left alone: the checker
/// never needs pixels, only to know that every general-purpose filter decodes to its end.
/// </summary>
internal static class StreamDecoder
{
    /// <summary>Filters whose output is an image: decoding stops before them.</summary>
    /// <summary>How a problem that is only the checker's size limit begins.</summary>
    public const string TooLarge = "the data decodes to more than";

    public static readonly HashSet<string> ImageFilters = ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"];

    /// <summary>Decodes a stream whose bytes the checker reads (content, CMaps, metadata, object streams).</summary>
    public static DecodedStream Decode(CosFile file, CosStream stream) => Run(file, stream, keepLast: true);

    /// <summary>Checks that a stream decodes to its end without keeping what it decodes to: a final Flate filter is only
    /// verified, in constant memory, so a large image costs time (within the budget) but not memory.</summary>
    public static DecodedStream Verify(CosFile file, CosStream stream) => Run(file, stream, keepLast: false);

    private static DecodedStream Run(CosFile file, CosStream stream, bool keepLast)
    {
        var filters = Names(file, stream.Dictionary["Filter"]);
        var parameters = file.Resolve(stream.Dictionary["DecodeParms"]) switch
        {
            CosArray array => array.Items.Select(file.Resolve).ToList(),
            var single => [single],
        };
        var data = file.Bytes.AsSpan(stream.DataStart, stream.DataLength).ToArray();
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            if (ImageFilters.Contains(filter)) return new DecodedStream(null, null, filter);
            var decodeParms = i < parameters.Count ? parameters[i] as CosDict : null;
            var last = i == filters.Count - 1 || ImageFilters.Contains(filters[i + 1]);
            if (!keepLast && last && filter is "FlateDecode" or "Fl")
            {
                var (_, total, outcome, detail) = Inflater.Inflate(data, 0, data.Length, CheckBudget.MaxVerifiedBytes);
                file.Budget.SpendVerified(total);
                return outcome == InflateOutcome.Complete ? new DecodedStream(null, null, null) : new DecodedStream(null, detail, filter, outcome == InflateOutcome.TooLarge);
            }
            var (output, problem) = Apply(filter, data, decodeParms, file);
            if (output is not null) file.Budget.SpendDecoded(output.Length);
            if (problem is not null && problem.StartsWith(TooLarge, StringComparison.Ordinal))
            {
                // Only the start of the stream is read: say so, or a check of the rest would pass unseen.
                file.Problems.Add(new CosProblem(CosProblemKind.OverLimit, stream.Number, null, $"stream {stream.Number} is read only in part: {problem}"));
                return new DecodedStream(output, problem, filter, OverLimit: true);
            }
            if (problem is not null) return new DecodedStream(output, problem, filter);
            if (output is null) return new DecodedStream(null, null, filter);
            data = output;
        }
        return new DecodedStream(data, null, null);
    }

    /// <summary>The filter names of a /Filter entry (a name or an array of names).</summary>
    public static List<string> Names(CosFile file, CosObject? filter) => file.Resolve(filter) switch
    {
        CosName name => [name.Value],
        CosArray array => array.Items.Select(file.Resolve).OfType<CosName>().Select(n => n.Value).ToList(),
        _ => [],
    };

    private static (byte[]? Data, string? Problem) Apply(string filter, byte[] data, CosDict? parameters, CosFile file)
    {
        switch (filter)
        {
            case "FlateDecode" or "Fl":
                var (inflated, _, outcome, detail) = Inflater.Inflate(data, 0, data.Length, CheckBudget.MaxStreamBytes);
                if (outcome != InflateOutcome.Complete) return (inflated, detail);
                return Predictor.Apply(inflated, parameters, file);
            case "ASCIIHexDecode" or "AHx":
                return AsciiFilters.Hex(data);
            case "ASCII85Decode" or "A85":
                return AsciiFilters.Base85(data);
            case "RunLengthDecode" or "RL":
                return AsciiFilters.RunLength(data);
            case "LZWDecode" or "LZW":
                return (null, "LZWDecode is not decoded by this checker (PDF/A forbids it)");
            case "Crypt":
                return (null, "the Crypt filter needs a security handler this checker does not have");
            default:
                return (null, $"'{filter}' is not a standard filter");
        }
    }
}
