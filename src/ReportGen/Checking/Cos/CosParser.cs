namespace ReportGen.Checking.Cos;

/// <summary>Builds objects from tokens (ISO 32000-1 §7.3), with a nesting limit so no input can exhaust the stack.</summary>
internal sealed class CosParser(CosLexer lexer, CheckBudget budget)
{
    private static readonly CosNumber[] SmallIntegers = Enumerable.Range(0, 256).Select(i => new CosNumber(i, true)).ToArray();

    public CosLexer Lexer { get; } = lexer;

    /// <summary>Reads one object; a keyword that is not an object comes back as a <see cref="CosKeyword"/>.</summary>
    public CosObject ReadObject(int depth = 0)
    {
        var token = Lexer.Next();
        return Build(token, depth);
    }

    public CosObject Build(CosToken token, int depth)
    {
        budget.SpendObjects();
        switch (token)
        {
            case CosToken.End:
                throw new CosSyntaxException("the data ends in the middle of an object", Lexer.Position);
            case CosToken.Number:
                return NumberOrReference();
            case CosToken.String:
                return new CosString(Lexer.StringBytes);
            case CosToken.Name:
                return new CosName(Lexer.Text);
            case CosToken.ArrayStart:
                return ReadArray(depth + 1);
            case CosToken.DictStart:
                return ReadDictionary(depth + 1);
            case CosToken.Keyword:
                return Lexer.Text switch
                {
                    "null" => CosNull.Instance,
                    "true" => new CosBool(true),
                    "false" => new CosBool(false),
                    _ => new CosKeyword(Lexer.Text, Lexer.TokenStart),
                };
            default:
                throw new CosSyntaxException($"unexpected '{(token == CosToken.ArrayEnd ? "]" : ">>")}'", Lexer.TokenStart);
        }
    }

    public static CosNumber MakeNumber(double value, bool isInteger) =>
        isInteger && value is >= 0 and < 256 ? SmallIntegers[(int)value] : new CosNumber(value, isInteger);

    private CosObject NumberOrReference()
    {
        var first = MakeNumber(Lexer.Number, Lexer.IsInteger);
        if (!first.IsInteger || first.Value < 0 || Lexer.PeekPastWhite() is < (byte)'0' or > (byte)'9') return first;
        // "n g R" needs two tokens of look-ahead; rewind when it is not a reference.
        var mark = Lexer.Position;
        if (Lexer.Next() == CosToken.Number && Lexer.IsInteger && Lexer.Number >= 0)
        {
            var generation = Lexer.Number;
            if (Lexer.Next() == CosToken.Keyword && Lexer.Text == "R")
                return new CosRef(first.AsInt, (int)Math.Min(generation, int.MaxValue));
        }
        Lexer.Position = mark;
        return first;
    }

    private CosArray ReadArray(int depth)
    {
        CheckDepth(depth);
        var items = new List<CosObject>();
        while (true)
        {
            var token = Lexer.Next();
            if (token == CosToken.ArrayEnd) return new CosArray(items);
            if (token == CosToken.End) throw new CosSyntaxException("an array is not closed with ']'", Lexer.Position);
            var item = Build(token, depth);
            if (item is CosKeyword keyword && keyword.Word is "endobj" or "stream" or "obj")
                throw new CosSyntaxException($"an array is not closed with ']' before '{keyword.Word}'", keyword.Offset);
            items.Add(item);
        }
    }

    private CosDict ReadDictionary(int depth)
    {
        CheckDepth(depth);
        var entries = new Dictionary<string, CosObject>(StringComparer.Ordinal);
        while (true)
        {
            var token = Lexer.Next();
            if (token == CosToken.DictEnd) return new CosDict(entries);
            if (token == CosToken.End) throw new CosSyntaxException("a dictionary is not closed with '>>'", Lexer.Position);
            if (token != CosToken.Name)
                throw new CosSyntaxException("a dictionary key is not a name", Lexer.TokenStart);
            var key = Lexer.Text;
            var valueToken = Lexer.Next();
            if (valueToken == CosToken.DictEnd) { entries[key] = CosNull.Instance; return new CosDict(entries); }
            var value = Build(valueToken, depth);
            if (value is CosKeyword keyword)
                throw new CosSyntaxException($"the value of /{key} is '{keyword.Word}', not an object", keyword.Offset);
            entries[key] = value;
        }
    }

    private void CheckDepth(int depth)
    {
        if (depth > CheckBudget.MaxNesting)
            throw new CosSyntaxException($"arrays and dictionaries are nested more than {CheckBudget.MaxNesting} deep", Lexer.TokenStart);
    }
}

/// <summary>A bare keyword where an object might be (obj, endobj, stream, R, or a content-stream operator).</summary>
internal sealed class CosKeyword(string word, int offset) : CosObject
{
    public string Word { get; } = word;

    public int Offset { get; } = offset;
}
