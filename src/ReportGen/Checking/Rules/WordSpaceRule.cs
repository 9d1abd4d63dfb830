using ReportGen.Checking.Content;
using ReportGen.Checking.Structure;

namespace ReportGen.Checking.Rules;

/// <summary>
/// ISO 32000-1 §14.8.2.5: a reader of tagged text finds words by the spaces in the text, not by where glyphs sit, so a
/// line break between words needs a space (or ActualText) like any other word break. Within one structure element,
/// consecutive pieces of text on different lines with no white space between them run two words together — unless the
/// line ends with a hyphen or dash, which joins the parts of a word or compound.
/// </summary>
internal static class WordSpaceRule
{
    public static void Run(CheckContext context)
    {
        foreach (var element in context.Structure.Elements)
        {
            if (StructureRules.HasText(context.File, element.Dictionary, "ActualText")) continue;
            TextRun? previous = null;
            foreach (var kid in element.Kids)
            {
                if (kid is not ContentKid content) { previous = null; continue; } // words never span structure elements
                if (!context.Content.Runs.TryGetValue((content.Owner, content.Mcid), out var runs)) continue;
                foreach (var run in runs)
                {
                    if (previous is not null && NewLine(previous, run) && !previous.HasActualText && !run.HasActualText && RunsTogether(previous.Text, run.Text))
                        context.Findings.Add(CheckRules.MissingWordSpace,
                            $"no space where a line breaks in {StructureRules.Describe(element)}: \"{Tail(previous.Text)}|{Head(run.Text)}\" reads as one word",
                            run.Page, element.ObjectNumber);
                    previous = run;
                }
            }
        }
    }

    /// <summary>The second run starts a new line: another page, or its baseline moved across the writing direction by
    /// more than half the text's height (a superscript moves less).</summary>
    private static bool NewLine(TextRun a, TextRun b)
    {
        if (a.Page != b.Page) return true;
        var across = Math.Abs((b.X - a.X) * a.DirectionY - (b.Y - a.Y) * a.DirectionX);
        return across > 0.5 * Math.Max(Math.Max(a.Size, b.Size), 1);
    }

    private static bool RunsTogether(string before, string after) =>
        before.Length > 0 && after.Length > 0 && !char.IsWhiteSpace(before[^1]) && !char.IsWhiteSpace(after[0])
        && before[^1] is not ('-' or '\u00AD' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '/')
        && before[^1] != '\uFFFD' && after[0] != '\uFFFD';

    private static string Tail(string text) => text.Length <= 20 ? text : "…" + text[^20..];

    private static string Head(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
