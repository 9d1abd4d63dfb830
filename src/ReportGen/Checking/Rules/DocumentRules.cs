using System.Text.RegularExpressions;
using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Rules;

/// <summary>Rules on the document catalog: tagged, a structure tree, the title shown, the language.</summary>
internal static partial class DocumentRules
{
    public static void Run(CheckContext context, int? catalogNumber)
    {
        var file = context.File;
        var catalog = context.Catalog;
        var markInfo = file.GetDict(catalog, "MarkInfo");
        if (file.GetBool(markInfo, "Marked") != true)
            context.Findings.Add(CheckRules.NotMarked, "the catalog's /MarkInfo does not say /Marked true: the file does not declare itself tagged", objectNumber: catalogNumber);
        if (file.GetBool(markInfo, "Suspects") == true)
            context.Findings.Add(CheckRules.Suspects, "/MarkInfo /Suspects is true: the tagging is marked as unreliable", objectNumber: catalogNumber);
        if (CosAccess.AsDict(file.Get(catalog, "StructTreeRoot")) is null)
            context.Findings.Add(CheckRules.NoStructureTree, "the catalog has no /StructTreeRoot: the file is not tagged", objectNumber: catalogNumber);

        var preferences = file.GetDict(catalog, "ViewerPreferences");
        switch (file.GetBool(preferences, "DisplayDocTitle"))
        {
            case null:
                context.Findings.Add(CheckRules.DisplayDocTitleMissing, "/ViewerPreferences has no /DisplayDocTitle, so viewers show the file name, not the title", objectNumber: catalogNumber);
                break;
            case false:
                context.Findings.Add(CheckRules.DisplayDocTitleFalse, "/DisplayDocTitle is false, so viewers show the file name, not the title", objectNumber: catalogNumber);
                break;
        }

        switch (file.Get(catalog, "Lang"))
        {
            case CosString { Text: var lang } when lang.Trim().Length > 0:
                if (!LanguageTag().IsMatch(lang))
                    context.Findings.Add(CheckRules.BadLanguage, $"the catalog's /Lang '{lang}' is not a language tag such as en-GB", objectNumber: catalogNumber);
                break;
            default:
                context.Findings.Add(CheckRules.NoLanguage, "the catalog has no /Lang (or an empty one): a screen reader cannot tell which language to read", objectNumber: catalogNumber);
                break;
        }
    }

    /// <summary>RFC 3066: a primary subtag of 1–8 letters, then subtags of 1–8 letters or digits.</summary>
    [GeneratedRegex("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
