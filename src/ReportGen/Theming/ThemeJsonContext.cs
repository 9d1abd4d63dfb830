using System.Text.Json.Serialization;

namespace ReportGen.Theming;

/// <summary>
/// Source-generated System.Text.Json metadata for theme.json. The loader reads the theme through
/// <see cref="ThemeShapes"/>; the tests hold those shapes and the binder to this metadata.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Theme))]
internal sealed partial class ThemeJsonContext : JsonSerializerContext;
