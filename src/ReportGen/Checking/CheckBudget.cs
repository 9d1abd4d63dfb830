namespace ReportGen.Checking;

/// <summary>
/// The work one check may do, whatever the file holds: a 10 MB file can still describe a billion objects, a deflate
/// bomb or a page tree that loops, so every loop draws on this budget and the check stops with a finding when it runs out.
/// </summary>
internal sealed class CheckBudget
{
    /// <summary>The largest file checked, as for data files.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The deepest nesting of arrays and dictionaries; real files need fewer than ten.</summary>
    public const int MaxNesting = 64;

    /// <summary>The most a stream the checker reads (content, CMap, metadata, object stream) may decode to; streams it only
    /// verifies (fonts, images) are inflated in a 32 KB window and limited by time instead.</summary>
    public const int MaxStreamBytes = 32 * 1024 * 1024;

    /// <summary>The most a stream may decode to when it is only verified, not kept (images, font programs).</summary>
    public const long MaxVerifiedBytes = 1L << 30;

    private readonly long objectLimit, decodedLimit, operatorLimit;
    private long objects, decodedBytes, operators;
    private long verifiedBytes = MaxVerifiedBytes;

    /// <summary>The budget of one check: 4 M objects parsed, 128 MB decoded and kept, 20 M content operators.</summary>
    public CheckBudget(long objectLimit = 4_000_000, long decodedLimit = 128L * 1024 * 1024, long operatorLimit = 20_000_000)
    {
        (this.objectLimit, this.decodedLimit, this.operatorLimit) = (objectLimit, decodedLimit, operatorLimit);
        (objects, decodedBytes, operators) = (objectLimit, decodedLimit, operatorLimit);
    }

    /// <summary>Counts parsed objects (every number, name and array counts).</summary>
    public void SpendObjects(int count = 1)
    {
        if ((objects -= count) < 0) throw new CheckLimitException("objects parsed", $"{objectLimit:N0}");
    }

    /// <summary>Counts bytes produced by decoding streams.</summary>
    public void SpendDecoded(long count)
    {
        if ((decodedBytes -= count) < 0) throw new CheckLimitException("bytes decoded from streams", $"{decodedLimit:N0}");
    }

    /// <summary>Counts bytes inflated only to verify a stream ends properly: time, not memory.</summary>
    public void SpendVerified(long count)
    {
        if ((verifiedBytes -= count) < 0) throw new CheckLimitException("verified in streams (decoded without being kept)", "1 GB");
    }

    /// <summary>Counts content-stream operators interpreted.</summary>
    public void SpendOperators(int count = 1)
    {
        if ((operators -= count) < 0) throw new CheckLimitException("content operators read", $"{operatorLimit:N0}");
    }
}

/// <summary>Thrown when a check runs out of budget; it ends the check with a finding, never the process.</summary>
internal sealed class CheckLimitException(string what, string limit)
    : Exception($"the check stopped early: more than {limit} {what}. The findings so far are listed; the rest of the file was not checked.");

/// <summary>Thrown by the parser on bytes that are not a PDF object; caught per object and reported where it happened.</summary>
internal sealed class CosSyntaxException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
