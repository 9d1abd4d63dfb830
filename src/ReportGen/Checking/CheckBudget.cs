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

    /// <summary>The most a single stream may decode to.</summary>
    public const int MaxStreamBytes = 64 * 1024 * 1024;

    private long objects = 4_000_000;
    private long decodedBytes = 256L * 1024 * 1024;
    private long operators = 20_000_000;

    /// <summary>Counts parsed objects (every number, name and array counts).</summary>
    public void SpendObjects(int count = 1)
    {
        if ((objects -= count) < 0) throw new CheckLimitException("objects parsed", "4,000,000");
    }

    /// <summary>Counts bytes produced by decoding streams.</summary>
    public void SpendDecoded(long count)
    {
        if ((decodedBytes -= count) < 0) throw new CheckLimitException("bytes decoded from streams", "256 MB");
    }

    /// <summary>Counts content-stream operators interpreted.</summary>
    public void SpendOperators(int count = 1)
    {
        if ((operators -= count) < 0) throw new CheckLimitException("content operators read", "20,000,000");
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
