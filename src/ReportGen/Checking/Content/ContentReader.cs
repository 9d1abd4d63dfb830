using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>
/// Reads a content stream (ISO 32000-1 §7.8.2) one operator at a time: operands, then the operator keyword. Inline
/// images come back as "BI" with their dictionary as the one operand, their data skipped.
/// </summary>
internal sealed class ContentReader(byte[] data, CheckBudget budget)
{
    private const int MaxOperands = 1024;
    private readonly CosParser parser = new(new CosLexer(data), budget);

    public List<CosObject> Operands { get; } = [];

    public string Operator { get; private set; } = "";

    /// <summary>Where the current operator's first operand (or the operator itself) starts.</summary>
    public int Offset { get; private set; }

    /// <summary>Reads the next operator; false at the end. Throws <see cref="CosSyntaxException"/> on unreadable bytes.</summary>
    public bool Next()
    {
        Operands.Clear();
        var start = -1;
        while (true)
        {
            var token = parser.Lexer.Next();
            if (token == CosToken.End) return false;
            if (start < 0) start = parser.Lexer.TokenStart;
            var value = parser.Build(token, 0);
            if (value is CosKeyword keyword)
            {
                budget.SpendOperators();
                Operator = keyword.Word;
                Offset = start;
                if (Operator == "BI") ReadInlineImage();
                return true;
            }
            if (Operands.Count < MaxOperands) Operands.Add(value);
        }
    }

    private void ReadInlineImage()
    {
        var entries = new Dictionary<string, CosObject>();
        var lexer = parser.Lexer;
        while (true)
        {
            var token = lexer.Next();
            if (token == CosToken.End) throw new CosSyntaxException("an inline image with no ID", lexer.Position);
            if (token == CosToken.Keyword && lexer.Text == "ID") break;
            if (token != CosToken.Name) throw new CosSyntaxException("an inline image key that is not a name", lexer.TokenStart);
            var key = lexer.Text;
            entries[key] = parser.ReadObject(1);
        }
        Operands.Add(new CosDict(entries));
        var p = lexer.Position + 1; // one white-space byte follows ID
        var bytes = lexer.Bytes;
        while (p + 1 < lexer.End)
        {
            if (bytes[p] == 'E' && bytes[p + 1] == 'I' && CosLexer.IsWhite(bytes[p - 1]) && (p + 2 >= lexer.End || CosLexer.IsWhite(bytes[p + 2])))
            {
                lexer.Position = p + 2;
                return;
            }
            p++;
        }
        throw new CosSyntaxException("an inline image with no EI", lexer.Position);
    }
}
