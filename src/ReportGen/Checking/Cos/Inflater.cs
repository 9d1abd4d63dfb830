namespace ReportGen.Checking.Cos;

/// <summary>How a deflate stream ended.</summary>
internal enum InflateOutcome
{
    /// <summary>A final block was read (and, for zlib data, its Adler-32 checksum matched).</summary>
    Complete,

    /// <summary>The data ran out before a block marked final: the writer never finished the stream.</summary>
    NoFinalBlock,

    /// <summary>The data is not valid deflate (or the checksum does not match).</summary>
    Corrupt,

    /// <summary>The data decodes to more than the limit.</summary>
    TooLarge,
}

/// <summary>
/// Inflate (RFC 1951) inside an optional zlib wrapper (RFC 1950), written out here because .NET's decompressors return
/// a truncated stream's bytes without saying that the final block never came — exactly the defect qpdf warns about.
/// The algorithm is the canonical-Huffman decoder of zlib's reference "puff": slow and simple, which is enough here.
/// </summary>
internal sealed partial class Inflater
{
    private const int MaxBits = 15;
    private static readonly short[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly short[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly short[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly short[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly byte[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    private static readonly (Huffman Lengths, Huffman Distances) Fixed = BuildFixed();

    private const int WindowMask = 32767;

    private readonly byte[] input;
    private readonly int end;
    private readonly long limit;
    private readonly bool keep;
    private int position;
    private int bitBuffer;
    private int bitCount;
    private byte[] output;
    private long total;
    private uint adlerA = 1, adlerB;

    private Inflater(byte[] input, int start, int length, long limit, bool keep)
    {
        this.input = input;
        position = start;
        end = start + length;
        this.limit = limit;
        this.keep = keep;
        // Kept output starts at a guess of four times the input, so typical streams never grow.
        output = new byte[keep ? (int)Math.Clamp(length * 4L, 4096, Math.Max(4096, Math.Min(limit, Array.MaxLength))) : WindowMask + 1];
    }

    /// <summary>Inflates <paramref name="length"/> bytes at <paramref name="start"/>; zlib-wrapped unless the header says
    /// otherwise. Without <paramref name="keepOutput"/> it only verifies, keeping the 32 KB window deflate needs, so a
    /// stream of any size costs no memory; Data is then empty.</summary>
    public static (byte[] Data, long Total, InflateOutcome Outcome, string Detail) Inflate(byte[] data, int start, int length, long limit, bool keepOutput = true)
    {
        var inflater = new Inflater(data, start, length, limit, keepOutput);
        var zlib = length >= 2 && (data[start] & 0x0F) == 8 && (data[start] >> 4) <= 7 && ((data[start] << 8) | data[start + 1]) % 31 == 0
                   && (data[start + 1] & 0x20) == 0;
        if (zlib) inflater.position += 2;
        var (outcome, detail) = inflater.Run();
        if (outcome == InflateOutcome.Complete && zlib) (outcome, detail) = inflater.CheckAdler();
        else if (outcome == InflateOutcome.Complete && !zlib) (outcome, detail) = (InflateOutcome.Corrupt, "raw deflate data without the zlib header RFC 1950 requires");
        byte[] result = !keepOutput ? [] : inflater.total == inflater.output.Length ? inflater.output : inflater.output.AsSpan(0, (int)inflater.total).ToArray();
        return (result, inflater.total, outcome, detail);
    }

    private (InflateOutcome, string) Run()
    {
        try
        {
            while (true)
            {
                var last = Bits(1);
                var type = Bits(2);
                if (type == 0) Stored();
                else if (type == 1) Codes(Fixed.Lengths, Fixed.Distances);
                else if (type == 2) Dynamic();
                else return (InflateOutcome.Corrupt, "a block of the reserved type 3");
                if (last == 1) return (InflateOutcome.Complete, "");
            }
        }
        catch (OutOfInputException)
        {
            return (InflateOutcome.NoFinalBlock, $"the data ends after {total:N0} decoded bytes without a final deflate block");
        }
        catch (CorruptException ex)
        {
            return (InflateOutcome.Corrupt, ex.Message);
        }
        catch (TooLargeException)
        {
            return (InflateOutcome.TooLarge, $"{StreamDecoder.TooLarge} {limit:N0} bytes");
        }
    }

    private (InflateOutcome, string) CheckAdler()
    {
        // The checksum starts at the next byte boundary, which is where reading stopped: Bits() holds back no whole byte.
        if (end - position < 4) return (InflateOutcome.NoFinalBlock, "the zlib Adler-32 checksum after the final block is missing");
        var expected = (uint)(input[position] << 24 | input[position + 1] << 16 | input[position + 2] << 8 | input[position + 3]);
        return (adlerB << 16 | adlerA) == expected ? (InflateOutcome.Complete, "") : (InflateOutcome.Corrupt, "the zlib Adler-32 checksum does not match the data");
    }

    private int Bits(int need)
    {
        var value = bitBuffer;
        while (bitCount < need)
        {
            if (position >= end) throw new OutOfInputException();
            value |= input[position++] << bitCount;
            bitCount += 8;
        }
        bitBuffer = value >> need;
        bitCount -= need;
        return value & ((1 << need) - 1);
    }

    private void Put(byte b)
    {
        if (total >= limit) throw new TooLargeException();
        if (!keep) output[total & WindowMask] = b;
        else
        {
            if (total == output.Length) Array.Resize(ref output, (int)Math.Min(Math.Min((long)output.Length * 2, limit), Array.MaxLength));
            output[total] = b;
        }
        total++;
        adlerA += b;
        if (adlerA >= 65521) adlerA -= 65521;
        adlerB += adlerA;
        if (adlerB >= 65521) adlerB -= 65521;
    }

    /// <summary>The byte <paramref name="distance"/> back in the output (RFC 1951 back-references reach 32 KB at most).</summary>
    private byte Back(int distance) => keep ? output[total - distance] : output[(total - distance) & WindowMask];

    private sealed class OutOfInputException : Exception;

    private sealed class CorruptException(string message) : Exception(message);

    private sealed class TooLargeException : Exception;
}
