using System.Globalization;
using System.Text.Json;

namespace ReportGen.Loading.Shapes;

/// <summary>
/// An enum written as a string: its members' JSON names and values, written as a map in the order of the values
/// (as STJ lists them): <c>new() { ["draft"] = (int)ReportStatus.Draft, ["final"] = (int)ReportStatus.Final }</c>.
/// </summary>
/// <remarks>
/// The value is read as an <see cref="int"/> and cast by the caller, so that no code is generic over the enum.
/// Every enum the files use names its members with <c>[JsonStringEnumMemberName]</c>, which System.Text.Json
/// matches case-sensitively; a member without one would also match its C# name in any case, which this does not.
/// </remarks>
internal sealed class EnumShape : Shape
{
    private readonly List<string> names = [];
    private readonly List<int> values = [];

    /// <summary>Adds a member: its JSON name and its value.</summary>
    public int this[string jsonName]
    {
        set
        {
            names.Add(jsonName);
            values.Add(value);
        }
    }

    /// <summary>The members' JSON names, in the order written.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>The members' values, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<int> Values => values;

    // As STJ's schema lists them, each a JSON string.
    public override string Description => "one of " + string.Join(", ", names.Select(n => $"\"{JsonEncodedText.Encode(n)}\""));

    public int Read(JsonElement value) =>
        TryParse(value.GetString()!, out var parsed) ? parsed : throw new InvalidOperationException("the structure check passed an enum value that does not parse.");

    /// <summary>
    /// Reads the text as System.Text.Json's string enum converter does, so that every file that loaded before still
    /// loads to the same value: surrounding white space is ignored; an integer in a string is taken as the value
    /// itself ("1"), defined or not; and names separated by commas are combined ("draft, final"), as for flags.
    /// </summary>
    public bool TryParse(string text, out int value)
    {
        var source = text.AsSpan().Trim();
        if (IndexOf(source) is var exact and >= 0)
        {
            value = values[exact];
            return true;
        }
        if (IsInteger(source)) return int.TryParse(source, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

        value = 0;
        var rest = source;
        do
        {
            ReadOnlySpan<char> next;
            var comma = rest.IndexOf(',');
            if (comma < 0)
            {
                next = rest;
                rest = default;
            }
            else
            {
                next = rest[..comma].TrimEnd();
                rest = rest[(comma + 1)..].TrimStart();
            }
            if (IndexOf(next) is not (var found and >= 0))
            {
                value = 0;
                return false;
            }
            value |= values[found];
        }
        while (!rest.IsEmpty);
        return true;
    }

    private int IndexOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < names.Count; i++)
            if (name.SequenceEqual(names[i])) return i;
        return -1;
    }

    // STJ's test for a number in a string: an optional sign and ASCII digits.
    private static bool IsInteger(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && text[0] is '+' or '-') text = text[1..];
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return text.Length > 0;
    }
}
