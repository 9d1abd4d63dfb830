using ReportGen.Diagnostics;

namespace ReportGen.TextPolicy;

/// <summary>
/// The text policy's pass over the rendered Markdown, the one place all template output goes through. Data
/// text was cleaned when it was loaded, so what is found here was written by a template (literal text or a
/// Scriban string escape) and is located at the template line that wrote it.
/// </summary>
public static class MarkdownTextCheck
{
    /// <summary>
    /// Returns <paramref name="markdown"/> cleaned by the policy, reporting each class met on a line at
    /// <paramref name="locate"/>(0-based Markdown line). Right-to-left text is not reported here: the data's
    /// fields are, by name, when the data is loaded.
    /// </summary>
    public static string Clean(string markdown, Func<int, SourceLocation?> locate, DiagnosticBag diagnostics)
    {
        if (TextCleaner.IsPlain(markdown)) return markdown;
        var lines = markdown.Split('\n');
        var listed = 0;
        var changed = false;
        var unlisted = new Dictionary<TextClass, int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (TextCleaner.IsPlain(lines[i])) continue;
            var (text, findings) = TextCleaner.Clean(lines[i]);
            foreach (var finding in findings.Where(f => f.Class != TextClass.RightToLeft))
            {
                changed |= CharacterPolicy.ActionFor(finding.Class) != TextAction.Keep;
                if (listed++ >= JsonTextCheck.MaxListed)
                {
                    unlisted[finding.Class] = unlisted.GetValueOrDefault(finding.Class) + finding.Count;
                    continue;
                }
                var times = finding.Count > 1 ? $" ({CharacterPolicy.Times(finding.Count)})" : "";
                Report(diagnostics, finding.Class, locate(i) ?? new SourceLocation("template"),
                    $"the template writes {CharacterPolicy.Describe(finding.CodePoint)}{times} here. {CharacterPolicy.Advice(finding.Class)}");
            }
            lines[i] = text;
        }
        foreach (var (textClass, count) in unlisted)
            Report(diagnostics, textClass, new SourceLocation("template"),
                $"the template writes {count:N0} more characters of this kind on later lines (not listed). {CharacterPolicy.Advice(textClass)}");
        return changed ? string.Join('\n', lines) : markdown;
    }

    private static void Report(DiagnosticBag diagnostics, TextClass textClass, SourceLocation at, string message)
    {
        if (CharacterPolicy.ActionFor(textClass) == TextAction.Reject)
            diagnostics.Error(CharacterPolicy.CodeFor(textClass), at, message);
        else
            diagnostics.Warning(CharacterPolicy.CodeFor(textClass), at, message);
    }
}
