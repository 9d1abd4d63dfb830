namespace ReportGen.Checking.Cos;

/// <summary>The three block types of RFC 1951 §3.2.</summary>
internal sealed partial class Inflater
{
    /// <summary>A canonical Huffman code: how many codes of each length, and the symbols in code order.</summary>
    private sealed class Huffman(short[] count, short[] symbol)
    {
        public short[] Count { get; } = count;

        public short[] Symbol { get; } = symbol;

        /// <summary>Builds the code from symbol lengths; false when the lengths over-subscribe the code space.</summary>
        public static Huffman? Build(ReadOnlySpan<short> lengths)
        {
            var count = new short[MaxBits + 1];
            foreach (var length in lengths) count[length]++;
            if (count[0] == lengths.Length) return new Huffman(count, new short[lengths.Length]); // no codes: usable only if never read
            var left = 1;
            for (var len = 1; len <= MaxBits; len++)
            {
                left <<= 1;
                left -= count[len];
                if (left < 0) return null;
            }
            var offsets = new short[MaxBits + 1];
            for (var len = 1; len < MaxBits; len++) offsets[len + 1] = (short)(offsets[len] + count[len]);
            var symbol = new short[lengths.Length];
            for (short s = 0; s < lengths.Length; s++)
                if (lengths[s] != 0) symbol[offsets[lengths[s]]++] = s;
            return new Huffman(count, symbol);
        }
    }

    private static (Huffman, Huffman) BuildFixed()
    {
        var lengths = new short[288];
        for (var i = 0; i < 144; i++) lengths[i] = 8;
        for (var i = 144; i < 256; i++) lengths[i] = 9;
        for (var i = 256; i < 280; i++) lengths[i] = 7;
        for (var i = 280; i < 288; i++) lengths[i] = 8;
        var distances = new short[30];
        Array.Fill(distances, (short)5);
        return (Huffman.Build(lengths)!, Huffman.Build(distances)!);
    }

    private int Decode(Huffman h)
    {
        int code = 0, first = 0, index = 0;
        for (var len = 1; len <= MaxBits; len++)
        {
            code |= Bits(1);
            int count = h.Count[len];
            if (code - count < first) return h.Symbol[index + (code - first)];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        throw new CorruptException("a Huffman code that the block's code table does not contain");
    }

    private void Stored()
    {
        bitBuffer = 0;
        bitCount = 0;
        if (end - position < 4) throw new OutOfInputException();
        var length = input[position] | input[position + 1] << 8;
        var complement = input[position + 2] | input[position + 3] << 8;
        position += 4;
        if (length != (~complement & 0xFFFF)) throw new CorruptException("a stored block whose length and its complement disagree");
        for (var i = 0; i < length; i++)
        {
            if (position >= end) throw new OutOfInputException();
            Put(input[position++]);
        }
    }

    private void Codes(Huffman lengths, Huffman distances)
    {
        while (true)
        {
            var symbol = Decode(lengths);
            if (symbol < 256) { Put((byte)symbol); continue; }
            if (symbol == 256) return;
            symbol -= 257;
            if (symbol >= 29) throw new CorruptException("a length code beyond 285");
            var length = LengthBase[symbol] + Bits(LengthExtra[symbol]);
            var distanceSymbol = Decode(distances);
            if (distanceSymbol >= 30) throw new CorruptException("a distance code beyond 29");
            var distance = DistanceBase[distanceSymbol] + Bits(DistanceExtra[distanceSymbol]);
            if (distance > total) throw new CorruptException("a back-reference before the start of the data");
            for (var i = 0; i < length; i++) Put(Back(distance));
        }
    }

    private void Dynamic()
    {
        var literalCount = Bits(5) + 257;
        var distanceCount = Bits(5) + 1;
        var codeCount = Bits(4) + 4;
        if (literalCount > 286 || distanceCount > 30) throw new CorruptException("a dynamic block with too many codes");
        var lengths = new short[320];
        for (var i = 0; i < codeCount; i++) lengths[CodeLengthOrder[i]] = (short)Bits(3);
        var lengthCode = Huffman.Build(lengths.AsSpan(0, 19)) ?? throw new CorruptException("an invalid code-length code");
        Array.Clear(lengths);
        var index = 0;
        while (index < literalCount + distanceCount)
        {
            var symbol = Decode(lengthCode);
            if (symbol < 16) { lengths[index++] = (short)symbol; continue; }
            short repeated = 0;
            int times;
            if (symbol == 16)
            {
                if (index == 0) throw new CorruptException("a repeat with no previous length");
                repeated = lengths[index - 1];
                times = 3 + Bits(2);
            }
            else times = symbol == 17 ? 3 + Bits(3) : 11 + Bits(7);
            if (index + times > literalCount + distanceCount) throw new CorruptException("code lengths that overrun the table");
            while (times-- > 0) lengths[index++] = repeated;
        }
        if (lengths[256] == 0) throw new CorruptException("a dynamic block with no end-of-block code");
        var literals = Huffman.Build(lengths.AsSpan(0, literalCount)) ?? throw new CorruptException("an invalid literal/length code");
        var distances = Huffman.Build(lengths.AsSpan(literalCount, distanceCount)) ?? throw new CorruptException("an invalid distance code");
        Codes(literals, distances);
    }
}
