using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportGen.Model;

/// <summary>
/// A difference the data knowingly accepts — a published figure that does not add up, a programme left
/// unbalanced — stating the difference it accepts and why. If the computed difference is not this one,
/// that is an error: one acknowledgement never covers a different gap.
/// </summary>
[JsonConverter(typeof(AcknowledgementJsonConverter))]
public sealed record Acknowledgement
{
    /// <summary>
    /// The difference accepted: published minus computed for a published figure, funding minus uses for an
    /// unbalanced programme. Null only when an old data file gave a reason alone (validation says how to migrate).
    /// </summary>
    public Amounts? Difference { get; init; }

    /// <summary>Why the difference is accepted, in a sentence.</summary>
    public required string Reason { get; init; }
}

/// <summary>Reads <c>{ "difference": -12, "reason": "…" }</c>, and the reason-only string of older files.</summary>
public sealed class AcknowledgementJsonConverter : JsonConverter<Acknowledgement>
{
    private static readonly AmountsJsonConverter AmountsConverter = new();

    /// <inheritdoc/>
    public override Acknowledgement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new Acknowledgement { Reason = reader.GetString()! };
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("an acknowledgement is { \"difference\": …, \"reason\": \"…\" }.");
        Amounts? difference = null;
        string? reason = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "difference": difference = AmountsConverter.Read(ref reader, typeof(Amounts), options); break;
                case "reason": reason = reader.GetString(); break;
                default: reader.Skip(); break;
            }
        }
        return new Acknowledgement { Difference = difference, Reason = reason ?? "" };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Acknowledgement value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Difference is { } difference)
        {
            writer.WritePropertyName("difference");
            AmountsConverter.Write(writer, difference, options);
        }
        writer.WriteString("reason", value.Reason);
        writer.WriteEndObject();
    }
}
