using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// JSON values for a leaf, as a file might hold them: dates sane and odd, enum names alone, cased, spaced, by number
/// and in lists, numbers of every size and form, and the other kinds — each a JSON text. Each leaf kind gets mostly
/// values aimed at it and some of any kind.
/// </summary>
internal static class LeafValues
{
    private static readonly string[] Names = ["draft", "final", "difference", "percent_change", "minus", "brackets", "Draft", "FINAL", "Minus", "percentChange", "x", ""];

    // Mostly nothing, so that a value that is otherwise right is tried often.
    private static readonly Gen<string> Space = Gen.Frequency((6, Gen.Const("")), (1, Gen.OneOf(" ", "\t", "\u00A0", "\n", "\u2003")));

    private static readonly Gen<string> DateText =
        Gen.Select(Gen.OneOf(Gen.Int[0, 10_100], Gen.OneOf(0, 1, 1900, 2000, 2023, 2024, 2100, 9999, 10_000)), Gen.Int[0, 13], Gen.Int[0, 32],
                Gen.Frequency((6, Gen.Const("-")), (1, Gen.OneOf("/", ".", "--"))), Gen.Frequency((6, Gen.Const("D4")), (1, Gen.OneOf("D5", "D3", "D1"))),
                Gen.Frequency((6, Gen.Const("")), (1, Gen.OneOf("T00:00:00", "Z", "T00:00"))), Space)
            .Select((year, month, day, sep, yearFormat, tail, space) =>
                $"{space}{year.ToString(yearFormat, CultureInfo.InvariantCulture)}{sep}{month:D2}{sep}{day:D2}{tail}");

    private static readonly Gen<string> EnumText = Gen.OneOf(
        Gen.OneOf(Names),
        Gen.Select(Gen.OneOf(Names).Array[1, 3], Gen.OneOf(",", ", ", " , ", ",,"), Space, Space).Select((names, sep, before, after) => before + string.Join(sep, names) + after),
        Gen.Select(Gen.OneOf("", "+", "-", " ", "0"), Gen.OneOf("0", "1", "2", "7", "-1", "2147483647", "2147483648", "99999999999", "1.0", "1e2"), Space)
            .Select((sign, digits, space) => sign + digits + space));

    private static readonly Gen<string> Noise = Gen.Char["0123456789-+ ,.\teETZ:draftinlDF\u00A0\u0660\uFF10"].Array[0, 14].Select(c => new string(c));

    private static readonly Gen<string> NumberText = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e400"),
        Gen.Decimal.Select(d => d.ToString(CultureInfo.InvariantCulture)),
        Gen.Select(Gen.OneOf("", "-"), Gen.Char["0123456789"].Array[1, 32], Gen.OneOf("", ".5", ".000", ".123456789012345678901234567890"),
                Gen.OneOf("", "e0", "E+2", "e-30", "e308", "e400", "e-400"))
            .Select((sign, digits, fraction, exponent) => sign + (digits[0] == '0' ? "0" : new string(digits)) + fraction + exponent));

    private static readonly Gen<string> Literal = Gen.OneOf("true", "false", "null", "[]", "{}", "[1]", "{\"a\":1}", "[\"x\"]", "\"\"", "{\"prior\":1,\"budget\":2.5}");

    private static Gen<string> String(Gen<string> text) => text.Select(t => JsonValue.Create(t).ToJsonString());

    /// <summary>Any JSON value text.</summary>
    public static readonly Gen<string> Any = Gen.Frequency((3, String(Gen.OneOf(DateText, EnumText, Noise))), (2, NumberText), (1, Literal));

    /// <summary>Values for a date.</summary>
    public static readonly Gen<string> Date = Gen.Frequency((4, String(DateText)), (1, Any));

    /// <summary>Values for an enum.</summary>
    public static readonly Gen<string> Enum = Gen.Frequency((4, String(EnumText)), (1, Any));

    /// <summary>Values for a number, a boolean, or an amount.</summary>
    public static readonly Gen<string> Number = Gen.Frequency((4, NumberText), (1, Any));

    /// <summary>
    /// The file with the member at <paramref name="path"/> (objects by name, lists by index) set to <paramref name="json"/>;
    /// an object on the way that the file leaves out is made.
    /// </summary>
    public static byte[] With(byte[] file, object[] path, string json)
    {
        var root = JsonNode.Parse(file)!;
        var parent = path[..^1].Aggregate(root, (node, step) => step is int i ? node[i]! : node[(string)step] ??= new JsonObject());
        var value = JsonNode.Parse(json);
        if (path[^1] is int index) parent[index] = value;
        else parent[(string)path[^1]] = value;
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
