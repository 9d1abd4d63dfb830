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
    /// Reads one of the members' names, white space around it ignored. System.Text.Json also took an integer in a
    /// string as the value itself, defined or not ("7" was a status no one defined, and the file passed), and names in
    /// a comma list as flags ("draft, final" read as final): neither is a value the schema allows, so both are refused.
    /// </summary>
    public bool TryParse(string text, out int value)
    {
        var found = IndexOf(text.AsSpan().Trim());
        value = found >= 0 ? values[found] : 0;
        return found >= 0;
    }

    private int IndexOf(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < names.Count; i++)
            if (name.SequenceEqual(names[i])) return i;
        return -1;
    }
}
