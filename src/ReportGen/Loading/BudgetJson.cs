using System.Text.Json;
using ReportGen.Model;

namespace ReportGen.Loading;

/// <summary>Writes a paper back as a data file, in the same shape the loader reads.</summary>
public static class BudgetJson
{
    /// <summary>The paper as indented UTF-8 JSON (snake_case names, as the data file writes them).</summary>
    public static byte[] ToUtf8(BudgetPaper paper) => JsonSerializer.SerializeToUtf8Bytes(paper, BudgetJsonContext.Default.BudgetPaper);
}
