namespace ReportGen.Validation;

public static partial class BudgetValidator
{
    /// <summary>An exemption gives its reason, and exempt wording names wording the paper has.</summary>
    private static void CheckExemptions(Context c)
    {
        foreach (var (name, reason) in c.Paper.ExemptWording)
        {
            if (!c.Paper.Wording.ContainsKey(name))
                c.Error("RG0261", $"$.exempt_wording.{name}",
                    $"'{name}' is marked exempt but the paper has no wording '{name}'. Use one of: {string.Join(", ", c.Paper.Wording.Keys.Order(StringComparer.Ordinal))}.");
            CheckReason(c, $"$.exempt_wording.{name}", reason);
        }
        foreach (var (name, reason) in c.Paper.ExemptSections) CheckReason(c, $"$.exempt_sections.{name}", reason);
        for (var i = 0; i < c.Paper.Programmes.Count; i++)
            if (c.Paper.Programmes[i].Exempt is { } exempt) CheckReason(c, $"{ProgrammePath(i)}.exempt.reason", exempt.Reason);
        foreach (var line in AllLineRecords(c.Paper))
            if (line.Line?.Exempt is { } exempt) CheckReason(c, $"{line.Path}.exempt.reason", exempt.Reason);
    }

    private static void CheckReason(Context c, string path, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            c.Error("RG0262", path, "an exemption needs its reason, which the public edition prints in its place (for example \"paragraph 3 of Schedule 12A to the Local Government Act 1972\").");
    }
}
