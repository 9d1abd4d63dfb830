using ReportGen.Tests.Support;
using static ReportGen.Tests.Workbooks.WorkbookParts;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// Cells as other programs and hands write them — inline strings, rich text with runs and phonetic guides, text in
/// pieces, numbers with spaces or exponents, every cell type SpreadsheetML has — read by <c>reportgen import</c> as
/// a spreadsheet shows them: the same text imports unchanged, and a value that is no amount is a located error.
/// </summary>
public class CellContentTests
{
    private static readonly Lazy<byte[]> Reference = new(() => Workbook.Of(Repo.ReferenceData));

    private const string Unchanged = "already says what";

    public static TheoryData<string, int, string> Cells => new()
    {
        { "label as an inline string", 0, Unchanged },
        { "label as rich text with a phonetic guide", 0, Unchanged },
        { "label as an inline string in runs", 0, Unchanged },
        { "label in pieces: CDATA and a comment", 0, Unchanged },
        { "amount typed n", 0, Unchanged },
        { "amount with spaces and an exponent", 0, Unchanged },
        { "amount with its formula after its value", 0, Unchanged },
        { "amount an error value", 1, "[Community Safety]!B5: error RG0416: the cell holds the error #DIV/0!." },
        { "amount TRUE", 1, "[Community Safety]!B5: error RG0407: the amount is the value 'TRUE'" },
        { "amount a date", 1, "[Community Safety]!B5: error RG0407: the amount is the text '2022-01-01'" },
        { "amount a formula's string", 1, "[Community Safety]!B5: error RG0407: the amount is the text '652108'" },
        { "amount an inline string", 1, "[Community Safety]!B5: error RG0407: the amount is the text '652108'" },
        { "amount no number", 1, "[Community Safety]!B5: error RG0416: the cell holds the error 1e400." },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_reads_as_a_spreadsheet_shows_it(string kind, int exit, string expected)
    {
        var run = ImportRun.Of(Make(kind));
        Assert.True(run.ExitCode == exit, run.Stderr);
        Assert.Contains(exit == 0 ? expected : run.Workbook + expected, exit == 0 ? run.Stdout : run.Stderr);
        Assert.True(run.DataUnchanged);
    }

    [Fact]
    public void A_label_changed_in_an_inline_string_is_written_into_the_data()
    {
        var run = ImportRun.Of(Cell(Reference.Value, "A5", Inline("<x:t xml:space=\"preserve\">Youth Offending &amp; Diversion</x:t>")));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("\"label\": \"Youth Offending & Diversion\"", System.Text.Encoding.UTF8.GetString(run.Data));
    }

    private static string Inline(string content) => $"<x:c r=\"A5\" s=\"8\" t=\"inlineStr\"><x:is>{content}</x:is></x:c>";

    private static string Amount(string attributes, string content) => $"<x:c r=\"B5\" s=\"10\"{attributes}>{content}</x:c>";

    internal static byte[] Make(string kind)
    {
        var good = Reference.Value;
        return kind switch
        {
            "label as an inline string" => Cell(good, "A5", Inline("<x:t>Youth Offending</x:t>")),
            "label as rich text with a phonetic guide" => Edit(good, SharedStrings, xml => xml.Replace("<x:si><x:t>Youth Offending</x:t></x:si>",
                "<x:si><x:r><x:rPr><x:b /></x:rPr><x:t xml:space=\"preserve\">Youth </x:t></x:r><x:r><x:t>Offending</x:t></x:r><x:rPh sb=\"0\" eb=\"1\"><x:t>ユース</x:t></x:rPh></x:si>",
                StringComparison.Ordinal)),
            "label as an inline string in runs" => Cell(good, "A5", Inline("<x:r><x:t xml:space=\"preserve\">Youth </x:t></x:r><x:r><x:rPr><x:i /></x:rPr><x:t>Offending</x:t></x:r>")),
            "label in pieces: CDATA and a comment" => Cell(good, "A5", Inline("<x:t>Youth <![CDATA[Offe]]><!-- a comment -->nding</x:t>")),
            "amount typed n" => Cell(good, "B5", Amount(" t=\"n\"", "<x:v>652108</x:v>")),
            "amount with spaces and an exponent" => Cell(good, "B5", Amount("", "<x:v> 6.52108E5 </x:v>")),
            "amount with its formula after its value" => Cell(good, "B5", Amount("", "<x:v>652108</x:v><x:f>652108</x:f>")),
            "amount an error value" => Cell(good, "B5", Amount(" t=\"e\"", "<x:v>#DIV/0!</x:v>")),
            "amount TRUE" => Cell(good, "B5", Amount(" t=\"b\"", "<x:v>1</x:v>")),
            "amount a date" => Cell(good, "B5", Amount(" t=\"d\"", "<x:v>2022-01-01</x:v>")),
            "amount a formula's string" => Cell(good, "B5", Amount(" t=\"str\"", "<x:f>\"652108\"</x:f><x:v>652108</x:v>")),
            "amount an inline string" => Cell(good, "B5", Amount(" t=\"inlineStr\"", "<x:is><x:t>652108</x:t></x:is>")),
            "amount no number" => Cell(good, "B5", Amount("", "<x:v>1e400</x:v>")),
            _ => throw new ArgumentException(kind),
        };
    }
}
