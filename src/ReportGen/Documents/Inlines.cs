using System.Text;

namespace ReportGen.Documents;

/// <summary>Helpers every writer needs over inline runs.</summary>
public static class Inlines
{
    /// <summary>The plain text of some inlines: references as their numbers, line breaks as spaces.</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        Append(text, inlines);
        return text.ToString();
    }

    private static void Append(StringBuilder text, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: text.Append(t.Value); break;
                case Strong s: Append(text, s.Content); break;
                case Emphasis e: Append(text, e.Content); break;
                case Link l: Append(text, l.Content); break;
                case ParagraphReference r: text.Append(r.Number); break;
                case LineBreak: text.Append(' '); break;
            }
        }
    }
}
