namespace ReportGen.Fuzzing;

/// <summary>
/// What the mutations put into a budget: every kind of text, number and date that has broken a pipeline like this
/// one. Sentinels stand for what a JSON tree cannot hold — a lone surrogate, bytes that are not UTF-8 — and
/// become those in the file's bytes.
/// </summary>
public static class Palettes
{
    public const string LoneHigh = "\u27E6LONE-HIGH\u27E7", LoneLow = "\u27E6LONE-LOW\u27E7", BadBytes = "\u27E6BAD-BYTES\u27E7";

    public static readonly string[] Text =
    [
        "", " ", "x", "A\u0001B", "A\u0008B", "A\u000BB", "A\u000CB", "A\u0000B", "A\u007FB", "A\u0085B", "A\u009BB",
        "line\u2028separator", "para\u2029separator", "A\uFFFEB", "A\uFFFFB", "A\uFDD0B", "zero\u200Bwidth", "soft\u00ADhyphen",
        "\u202Ereversed\u202C", "\u2066isolate\u2069", "mark\u200F", "private\uE000use", "bullet \uF0B7", "BOM\uFEFFinside",
        "A" + LoneHigh + "B", "A" + LoneLow + "B", "A" + BadBytes + "B",
        "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645", "\u05E9\u05DC\u05D5\u05DD", "\u6F22\u5B57\u3068\u304B\u306A",
        "\U0001F600\U0001F468\u200D\U0001F469\u200D\U0001F467\U0001F3F4\U000E0067\U000E0062\U000E0077\U000E006C\U000E0073\U000E007F",
        string.Concat(Enumerable.Repeat("\U0001F600", 300)), string.Concat(Enumerable.Repeat("e\u0301", 200)),
        "Evil | pipe *star* _under_ # hash", "[link](javascript:alert(1))", "<script>alert(1)</script>", "{{ date.now }}", "{% raw %}",
        "(@purpose) (=total) (@)", "\\", "\"", "'", "&amp; &#0; &#xD800;", "mailto:\"x\"@y", "http://", "https:///", "ftp://example.org",
        "- dash\n1. one\n> quote\n```\ncode\n```", "# heading\n\n## sub", "|a|b|\n|-|-|\n|1|2|", "\t\ttabs\t", "\r\n\r\n",
        new string('W', 3000), string.Concat(Enumerable.Repeat("word ", 4000)), new string('x', 200_000),
        string.Concat(Enumerable.Repeat("\u00A3", 1000)), "\u0175\u0177 Cymraeg", "%s%n%d {0} {1}", "0", "-", ".", "..", "../../etc/passwd",
        "CON", "a/b\\c:d*e?f\"g<h>i|j", "   leading and trailing   ", "1.0", "2.0", "v1.1-draft", "final", "draft", "Public",
    ];

    public static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1", "0.001", "0.5", "3.14159", "1e-30", "1e3", "1.5E+6", "100000000000", "1e15", "1e28", "1e308", "-1e308",
        "79228162514264337593543950335", "7922816251426433759354395033.5", "-79228162514264337593543950335", "123456789012345678901234567890",
        "9999999999999.99", "0.1", "12.345", "2147483648", "-2147483649", "1e400",
    ];

    public static readonly string[] Dates =
    [
        "2022-03-22", "9999-12-31", "2202-03-22", "0001-01-01", "1900-01-01", "2022-02-29", "2024-02-29", "2022-02-30", "2022-13-01",
        "22/03/2022", "2022-3-22", "", "2022-03-22T10:00:00", "today",
    ];

    public static readonly string[] Literals = ["null", "true", "false", "[]", "{}", "\"\"", "[1,2,3]", "{\"a\":1}", "[[[[[[]]]]]]", "[null]"];

    public static readonly string[] PropertyNames =
    [
        "ammount", "lables", "$comment", "x", "zero\u200Bwidth", "A" + LoneHigh, "A" + BadBytes, new string('n', 300), "", "id", "\u0645",
    ];

    public static readonly int[] Repeats = [2, 7, 40, 300, 3000];
}
