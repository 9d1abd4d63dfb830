using System.Text.Json;

namespace ReportGen.Loading.Shapes;

/// <summary>A list of <typeparamref name="T"/>, read as a <see cref="List{T}"/> as System.Text.Json reads one.</summary>
internal sealed class ListShape<T>(Shape<T> element) : Shape<IReadOnlyList<T>>, IListShape where T : class
{
    public Shape Element => element;

    public override string Description => "a list [ … ]";

    public override IReadOnlyList<T> Read(JsonElement value)
    {
        var list = new List<T>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
            list.Add(element.Read(item));
        return list;
    }
}

/// <summary>A map from string keys to <typeparamref name="T"/>, in the order the file writes them.</summary>
internal sealed class MapShape<T>(Shape<T> value) : Shape<IReadOnlyDictionary<string, T>>, IMapShape where T : class
{
    public Shape Value => value;

    public override string Description => "an object { … }";

    public override IReadOnlyDictionary<string, T> Read(JsonElement element)
    {
        // A key written twice is an error before anything is read; were one to get here, the last would win, as in STJ.
        var map = new Dictionary<string, T>();
        foreach (var member in element.EnumerateObject())
            map[member.Name] = value.Read(member.Value);
        return map;
    }
}
