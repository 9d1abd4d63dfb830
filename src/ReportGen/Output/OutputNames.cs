using System.Text;
using ReportGen.Model;

namespace ReportGen;

/// <summary>
/// Names an output set from a pattern such as <c>{short_title}-{year}-v{version}</c>. Tokens come from the data and are
/// cut down to safe file-name characters; the pattern itself must name a file, never a path, so no name can
/// leave the output folder.
/// </summary>
public static class OutputNames
{
    /// <summary>
    /// The default: <c>{set}-{year}{version_suffix}{edition_suffix}</c>. The board paper's first version (1.0) keeps the
    /// plain name the README and CI use (board-paper-2022-23.pdf); an amended version gets its own
    /// (board-paper-2022-23-v1.1.pdf), so building v1.1 never replaces v1.0's files; the full edition's names say it
    /// is not for publication (board-paper-2022-23-not-for-publication.pdf).
    /// </summary>
    public const string DefaultPattern = "{set}-{year}{version_suffix}{edition_suffix}";

    /// <summary>The tokens a pattern may use, with what each gives for the 2022/23 paper, version 1.1.</summary>
    public static IReadOnlyDictionary<string, string> Tokens { get; } = new Dictionary<string, string>
    {
        ["year"] = "the financial year: 2022-23",
        ["version"] = "the version: 1.1",
        ["version_suffix"] = "nothing for version 1.0, else -v and the version: -v1.1",
        ["short_title"] = "the short title (else the title): External-Commissioning-Budget-2022-23",
        ["status"] = "draft or final",
        ["set"] = "the template set's name: board-paper",
        ["edition_suffix"] = "nothing for the public edition, -not-for-publication for the full one",
    };

    /// <summary>The longest name a pattern may give, before the extension.</summary>
    public const int MaxLength = 120;

    /// <summary>Why <paramref name="pattern"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string pattern)
    {
        if (pattern.Length == 0) return "the name pattern is empty";
        if (pattern.IndexOfAny(['/', '\\', '\0']) >= 0 || pattern.Contains("..", StringComparison.Ordinal))
            return $"'{pattern}' is a path; --name gives a file name only (the folder is --out), so no output can be written outside it";
        var rest = Tokens.Keys.Aggregate(pattern, (text, token) => text.Replace("{" + token + "}", "", StringComparison.Ordinal));
        if (rest.IndexOfAny(['{', '}']) >= 0)
            return $"'{pattern}' has a {{ or }} that is not part of a token; the tokens are {string.Join(", ", Tokens.Keys.Select(t => "{" + t + "}"))}";
        return null;
    }

    /// <summary>The set's name for <paramref name="paper"/>, or null when the pattern gives no usable name for it.</summary>
    public static string? Expand(string pattern, BudgetPaper paper, string set = "board-paper", Building.Edition edition = Building.Edition.Public)
    {
        var report = paper.Report;
        var expanded = new StringBuilder(pattern)
            .Replace("{set}", Safe(set))
            .Replace("{edition_suffix}", edition == Building.Edition.Full ? "-not-for-publication" : "")
            .Replace("{year}", Safe(report.FinancialYear))
            .Replace("{version_suffix}", report.Version == "1.0" ? "" : "-v" + Safe(report.Version))
            .Replace("{version}", Safe(report.Version))
            .Replace("{short_title}", Safe(report.FooterTitle))
            .Replace("{status}", report.Status.ToString().ToLowerInvariant())
            .ToString();
        var name = Safe(expanded);
        return name.Length is 0 or > MaxLength ? null : name;
    }

    /// <summary>Letters, digits, '.', '_' and '-' only; anything else becomes '-', runs of '-' one, and the ends trimmed.</summary>
    public static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
            if (keep && !(c == '.' && safe.Length > 0 && safe[^1] == '.')) safe.Append(c);
            else if (!keep && (safe.Length == 0 || safe[^1] != '-')) safe.Append('-');
        }
        return safe.ToString().Trim('-', '.', '_');
    }
}
