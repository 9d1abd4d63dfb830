using System.IO.Compression;
using CsCheck;
using ReportGen.Checking.Cos;

namespace ReportGen.Tests.Checking;

/// <summary>The checker's own inflater agrees with .NET's on whole streams and says exactly how broken ones end.</summary>
public class InflaterTests
{
    // At least one byte: given nothing at all, .NET's ZLibStream writes nothing — not even the zlib header — which
    // is rightly no complete stream.
    private static readonly Gen<byte[]> Data = Gen.OneOf(
        Gen.Byte.Array[1, 5000],
        Gen.Byte[(byte)'a', (byte)'e'].Array[1, 20000], // repetitive: back-references and dynamic codes
        Gen.Int[1, 100_000].Select(n => new byte[n]));

    private static readonly Gen<CompressionLevel> Levels = Gen.Int[0, 3].Select(i => (CompressionLevel)i);

    private static byte[] Zlib(byte[] data, CompressionLevel level)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, level, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    [Fact]
    public void Whole_zlib_streams_inflate_to_what_was_compressed() =>
        Gen.Select(Data, Levels).Sample((data, level) =>
        {
            var compressed = Zlib(data, level);
            var (output, _, outcome, detail) = Inflater.Inflate(compressed, 0, compressed.Length, int.MaxValue);
            Assert.True(outcome == InflateOutcome.Complete, detail);
            Assert.Equal(data, output);
        }, iter: 300);

    [Fact]
    public void Verifying_without_keeping_the_output_agrees_with_inflating() =>
        Gen.Select(Data, Levels, Gen.Int[0, 40]).Sample((data, level, cut) =>
        {
            var compressed = Zlib(data, level);
            var length = Math.Max(0, compressed.Length - cut);
            var kept = Inflater.Inflate(compressed, 0, length, int.MaxValue);
            var verified = Inflater.Inflate(compressed, 0, length, int.MaxValue, keepOutput: false);
            Assert.Equal((kept.Outcome, kept.Detail, kept.Total), (verified.Outcome, verified.Detail, verified.Total));
            Assert.Empty(verified.Data);
        }, iter: 300);

    [Fact]
    public void A_stream_cut_anywhere_is_never_complete_and_never_throws() =>
        Gen.Select(Data, Levels, Gen.Int[1, 1000]).Sample((data, level, cut) =>
        {
            var compressed = Zlib(data, level);
            var length = Math.Max(0, compressed.Length - cut);
            var (_, _, outcome, _) = Inflater.Inflate(compressed, 0, length, int.MaxValue);
            Assert.NotEqual(InflateOutcome.Complete, outcome);
        }, iter: 300);

    [Fact]
    public void Random_bytes_give_an_outcome_not_an_exception() =>
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            var (_, _, outcome, detail) = Inflater.Inflate(bytes, 0, bytes.Length, 1 << 20);
            Assert.True(Enum.IsDefined(outcome), detail);
        }, iter: 2000);

    [Fact]
    public void Each_way_of_ending_is_told_apart()
    {
        var data = new byte[5000];
        var whole = Zlib(data, CompressionLevel.Optimal);
        Assert.Equal(InflateOutcome.Complete, Inflater.Inflate(whole, 0, whole.Length, 10_000).Outcome);
        Assert.Equal("the zlib Adler-32 checksum after the final block is missing", Inflater.Inflate(whole, 0, whole.Length - 4, 10_000).Detail);
        var unfinished = MiniPdf.FlateWithoutFinalBlock(data);
        Assert.StartsWith("the data ends after 5,000 decoded bytes without a final deflate block", Inflater.Inflate(unfinished, 0, unfinished.Length, 10_000).Detail);
        Assert.Equal(InflateOutcome.Corrupt, Inflater.Inflate(whole, 2, whole.Length - 6, 10_000).Outcome); // raw deflate, no zlib header
        whole[^1] ^= 1;
        Assert.Equal("the zlib Adler-32 checksum does not match the data", Inflater.Inflate(whole, 0, whole.Length, 10_000).Detail);
        Assert.Equal(InflateOutcome.TooLarge, Inflater.Inflate(whole, 0, whole.Length, 4_999).Outcome);
    }
}
