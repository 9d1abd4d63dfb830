using System.Text.Json.Serialization;
using ReportGen.Loading.Shapes;
using ReportGen.Model;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// A record with a member of every kind the shapes know, in every presence the member reader offers — more than
/// the paper and the theme use today — so that each reader overload is held to STJ before a model property needs it.
/// </summary>
public sealed record EveryMember
{
    public required string RequiredText { get; init; }
    public string OptionalText { get; init => field = value ?? "none"; } = "none";
    public string? NullableText { get; init; }
    public required bool RequiredBool { get; init; }
    public bool OptionalBool { get; init; }
    public bool? NullableBool { get; init; }
    public required int RequiredInt { get; init; }
    public int OptionalInt { get; init; }
    public int? NullableInt { get; init; }
    public required double RequiredDouble { get; init; }
    public double OptionalDouble { get; init; }
    public double? NullableDouble { get; init; }
    public required decimal RequiredDecimal { get; init; }
    public decimal OptionalDecimal { get; init; }
    public decimal? NullableDecimal { get; init; }
    public required DateOnly RequiredDate { get; init; }
    public DateOnly OptionalDate { get; init; }
    public DateOnly? NullableDate { get; init; }
    public required ReportStatus RequiredStatus { get; init; }
    public ReportStatus OptionalStatus { get; init; }
    public ReportStatus? NullableStatus { get; init; }
    public required IReadOnlyList<string> RequiredList { get; init; }
    public IReadOnlyDictionary<string, Amounts> OptionalMap { get; init => field = value ?? new Dictionary<string, Amounts>(); } = new Dictionary<string, Amounts>();
    public Person? NullablePerson { get; init; }
    public Acknowledgement? NullableAcknowledgement { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(EveryMember))]
internal sealed partial class EveryMemberContext : JsonSerializerContext;

/// <summary>The shape of <see cref="EveryMember"/>, written as the model's are.</summary>
internal static class EveryMemberShape
{
    public static readonly ObjectShape<EveryMember> Every = new(m => new()
    {
        RequiredText = m.Required("required_text", Shape.Text),
        OptionalText = m.Optional("optional_text", Shape.Text),
        NullableText = m.Nullable("nullable_text", Shape.Text),
        RequiredBool = m.Required("required_bool", Shape.Bool),
        OptionalBool = m.Optional("optional_bool", Shape.Bool),
        NullableBool = m.Nullable("nullable_bool", Shape.Bool),
        RequiredInt = m.Required("required_int", Shape.Int),
        OptionalInt = m.Optional("optional_int", Shape.Int),
        NullableInt = m.Nullable("nullable_int", Shape.Int),
        RequiredDouble = m.Required("required_double", Shape.Double),
        OptionalDouble = m.Optional("optional_double", Shape.Double),
        NullableDouble = m.Nullable("nullable_double", Shape.Double),
        RequiredDecimal = m.Required("required_decimal", Shape.Decimal),
        OptionalDecimal = m.Optional("optional_decimal", Shape.Decimal),
        NullableDecimal = m.Nullable("nullable_decimal", Shape.Decimal),
        RequiredDate = m.Required("required_date", Shape.Date),
        OptionalDate = m.Optional("optional_date", Shape.Date),
        NullableDate = m.Nullable("nullable_date", Shape.Date),
        RequiredStatus = (ReportStatus)m.Required("required_status", BudgetShapes.Status),
        OptionalStatus = (ReportStatus)m.Optional("optional_status", BudgetShapes.Status),
        NullableStatus = (ReportStatus?)m.Nullable("nullable_status", BudgetShapes.Status),
        RequiredList = m.Required("required_list", Shape.ListOf(Shape.Text)),
        OptionalMap = m.Optional("optional_map", Shape.MapOf(Shape.Amounts)),
        NullablePerson = m.Nullable("nullable_person", BudgetShapes.Person),
        NullableAcknowledgement = m.Nullable("nullable_acknowledgement", Shape.Acknowledgement),
    });
}
