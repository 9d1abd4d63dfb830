using System.Text.Json.Serialization;
using ReportGen.Model;

namespace ReportGen.Loading;

/// <summary>
/// Source-generated System.Text.Json metadata for the data file: trim- and AOT-safe, snake_case names
/// (the names Scriban shows templates), unknown properties refused rather than ignored. It writes a paper back
/// (<see cref="BudgetJson"/>) and exports the schema (<see cref="BudgetSchema"/>); the loader reads the file
/// through <see cref="Shapes.BudgetShapes"/>, which the tests hold to this metadata.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UseStringEnumConverter = true,
    WriteIndented = true,
    MaxDepth = BudgetLoader.MaxDepth)]
[JsonSerializable(typeof(BudgetPaper))]
internal sealed partial class BudgetJsonContext : JsonSerializerContext;
