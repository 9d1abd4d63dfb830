using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Rules;

/// <summary>Rules on the file's syntax: the header, the cross-reference data, objects, and every stream decoding to its end.</summary>
internal static class FileRules
{
    public static void Header(CosFile file, FindingSink findings)
    {
        var bytes = file.Bytes;
        var at = file.HeaderOffset;
        var version = bytes.Length >= at + 8 ? (char)bytes[at + 7] : '?';
        if (at != 0 || bytes.Length < 8 || bytes[at + 5] != '1' || bytes[at + 6] != '.' || version is < '0' or > '7')
        {
            findings.Add(CheckRules.Header, at != 0 ? $"the header starts at byte {at}, not 0" : "the header is not '%PDF-1.n' with n from 0 to 7", offset: at);
            return;
        }
        var line = at + 8;
        while (line < bytes.Length && bytes[line] is (byte)'\r' or (byte)'\n') line++;
        var binary = line + 5 <= bytes.Length && bytes[line] == '%' && bytes.AsSpan(line + 1, 4).IndexOfAnyInRange((byte)0, (byte)127) < 0;
        if (!binary)
            findings.Add(CheckRules.Header, "the header is not followed by a comment of at least four bytes above 127, which marks the file as binary", offset: line);
    }

    /// <summary>Syntax problems the reader met while the other rules read objects.</summary>
    public static void ReaderProblems(CosFile file, FindingSink findings)
    {
        foreach (var problem in file.Problems.Distinct())
        {
            var rule = problem.Kind switch
            {
                CosProblemKind.CrossReference => CheckRules.CrossReference,
                CosProblemKind.StreamLength => CheckRules.StreamLength,
                CosProblemKind.OverLimit => CheckRules.LimitReached,
                _ => CheckRules.MalformedObject,
            };
            findings.Add(rule, problem.Message, objectNumber: problem.ObjectNumber, offset: problem.ObjectNumber is null ? problem.Offset : null);
        }
    }

    /// <summary>Every stream in the file, reachable or not, decodes to its end.</summary>
    public static void Streams(CheckContext context)
    {
        var file = context.File;
        foreach (var number in file.ObjectNumbers)
        {
            if (file.GetObject(number) is not CosStream stream) continue;
            var filters = StreamDecoder.Names(file, stream.Dictionary["Filter"]);
            foreach (var filter in filters.Where(f => f is "LZWDecode" or "LZW" or "Crypt").Distinct())
                context.Findings.Add(CheckRules.ForbiddenFilter, $"stream {number} uses {filter}", objectNumber: number);
            var decoded = StreamDecoder.Verify(file, stream);
            if (decoded.Problem is null || decoded.Filter is "LZWDecode" or "LZW" or "Crypt") continue;
            var rule = decoded.OverLimit ? CheckRules.LimitReached
                : decoded.Filter is "FlateDecode" or "Fl" ? CheckRules.FlateIncomplete : CheckRules.StreamNotDecodable;
            context.Findings.Add(rule, $"stream {number} ({decoded.Filter}, {stream.DataLength:N0} bytes) does not decode to its end: {decoded.Problem}", objectNumber: number);
        }
    }
}
