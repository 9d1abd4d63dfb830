using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// A sum of money in each of the paper's stored amount columns. In the data file it is either a plain number —
/// the paper's main column, which is all a one-column paper needs — or an object giving an amount per column key
/// (<c>{ "prior": 600000, "budget": 652108 }</c>); a column left out has no amount (a new or ended line).
/// </summary>
[JsonConverter(typeof(AmountsJsonConverter))]
public sealed class Amounts : IEquatable<Amounts>
{
    /// <summary>No amount in any column.</summary>
    public static Amounts None { get; } = new(null, []);

    private Amounts(decimal? main, ImmutableArray<KeyValuePair<string, decimal>> byColumn)
    {
        Main = main;
        ByColumn = byColumn;
    }

    /// <summary>The amount written as a plain number, meaning the main column; null when written per column.</summary>
    public decimal? Main { get; }

    /// <summary>The amounts written per column key, in the order written; empty when written as a plain number.</summary>
    public ImmutableArray<KeyValuePair<string, decimal>> ByColumn { get; }

    /// <summary>True when the data wrote a plain number.</summary>
    public bool IsPlain => Main is not null;

    /// <summary>A plain amount: the main column.</summary>
    public static Amounts Of(decimal main) => new(main, []);

    /// <summary>Amounts per column key.</summary>
    public static Amounts Of(IEnumerable<KeyValuePair<string, decimal>> byColumn) =>
        new(null, [.. byColumn]);

    /// <implicit/>
    public static implicit operator Amounts(decimal main) => Of(main);

    /// <summary>The amount in column <paramref name="key"/>; a plain amount belongs to <paramref name="mainKey"/>.</summary>
    public decimal? In(string key, string mainKey) =>
        Main is { } main ? (key == mainKey ? main : null) : Find(key);

    private decimal? Find(string key)
    {
        foreach (var (k, value) in ByColumn)
            if (k == key) return value;
        return null;
    }

    /// <summary>Every amount written, by where it was written (<c>amount</c> or <c>amount.prior</c>) — for validation.</summary>
    public IEnumerable<(string? Key, decimal Value)> Written() =>
        Main is { } main ? [(null, main)] : ByColumn.Select(p => ((string?)p.Key, p.Value));

    /// <inheritdoc/>
    public bool Equals(Amounts? other) =>
        other is not null && Main == other.Main && ByColumn.Length == other.ByColumn.Length
        && ByColumn.All(p => other.Find(p.Key) == p.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Main, ByColumn.Length);

    /// <inheritdoc/>
    public override string ToString() =>
        Main is { } main ? main.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "{" + string.Join(", ", ByColumn.Select(p => $"{p.Key}: {p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")) + "}";
}

/// <summary>Reads and writes <see cref="Amounts"/>: a number, or an object of numbers by column key.</summary>
public sealed class AmountsJsonConverter : JsonConverter<Amounts>
{
    /// <inheritdoc/>
    public override Amounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number) return Amounts.Of(reader.GetDecimal());
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("an amount is a number, or an object of numbers by column key.");
        var values = new List<KeyValuePair<string, decimal>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (reader.TokenType != JsonTokenType.Number) throw new JsonException($"the amount for '{key}' is not a number.");
            values.Add(new(key, reader.GetDecimal()));
        }
        return Amounts.Of(values);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Amounts value, JsonSerializerOptions options)
    {
        if (value.Main is { } main)
        {
            writer.WriteNumberValue(main);
            return;
        }
        writer.WriteStartObject();
        foreach (var (key, amount) in value.ByColumn) writer.WriteNumber(key, amount);
        writer.WriteEndObject();
    }
}
