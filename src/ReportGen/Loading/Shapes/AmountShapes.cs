using System.Text.Json;
using ReportGen.Model;

namespace ReportGen.Loading.Shapes;

/// <summary>
/// An amount: a number (the paper's main column) or an object of numbers by column key. Which keys are columns is
/// the validator's business, with the paper's columns in hand.
/// </summary>
/// <remarks>The model's types are named in full here: inside a shape, <c>Amounts</c> is <see cref="Shape.Amounts"/>.</remarks>
internal sealed class AmountsShape : Shape<Amounts>
{
    // What STJ's metadata said of a type read by its own converter; diagnostics keep the words they had.
    public override string Description => "a value of the right type";

    public override Amounts Read(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number) return Model.Amounts.Of(value.GetDecimal());
        var byColumn = new List<KeyValuePair<string, decimal>>();
        foreach (var member in value.EnumerateObject())
            byColumn.Add(new(member.Name, member.Value.GetDecimal()));
        return Model.Amounts.Of(byColumn);
    }
}

/// <summary>
/// An acknowledged difference: <c>{ "difference": amount, "reason": "…" }</c>, or the reason alone, an older form
/// the validator explains how to migrate.
/// </summary>
internal sealed class AcknowledgementShape : Shape<Acknowledgement>
{
    /// <summary>Its members, which the structure check requires both of.</summary>
    public static readonly string[] MemberNames = ["difference", "reason"];

    public override string Description => "a value of the right type";

    public override Acknowledgement Read(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String) return new Acknowledgement { Reason = value.GetString()! };
        return new Acknowledgement
        {
            Difference = Shape.Amounts.Read(value.GetProperty("difference")),
            Reason = value.GetProperty("reason").GetString()!,
        };
    }
}
