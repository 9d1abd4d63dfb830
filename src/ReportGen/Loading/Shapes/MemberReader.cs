using System.Text.Json;

namespace ReportGen.Loading.Shapes;

/// <summary>
/// What an <see cref="ObjectShape{T}"/>'s build function reads the object's members through, one call per model
/// property: <c>Title = m.Required("title", Shape.Text)</c>. Reading, it returns the member's value from the JSON
/// object; recording, it returns nothing and notes the member's name, shape and presence instead. So an object's
/// members are described by the very lines that build it, and the two cannot drift apart.
/// </summary>
/// <remarks>
/// Required: must be there, not null. Optional: may be left out (the model's default then stands), not null.
/// Nullable: may be left out or null. The structure check has enforced all of this before anything is read.
/// Value-typed leaves have an overload each rather than one generic method, so that nothing is generic over a value type.
/// </remarks>
internal sealed class MemberReader
{
    private readonly JsonElement source;
    private readonly List<Member>? recording;

    private MemberReader(JsonElement source, List<Member>? recording)
    {
        this.source = source;
        this.recording = recording;
    }

    /// <summary>A reader of the members of <paramref name="source"/>, a JSON object the structure check has passed.</summary>
    public static MemberReader Of(JsonElement source) => new(source, null);

    /// <summary>The members <paramref name="build"/> reads, found by running it on a recording reader.</summary>
    public static IReadOnlyList<Member> Record<T>(Func<MemberReader, T> build)
    {
        var reader = new MemberReader(default, []);
        build(reader);
        return reader.recording!;
    }

    // Recording: notes the member and finds nothing, so every accessor returns null or default.
    private bool Find(string name, Shape shape, bool required, bool nullable, out JsonElement value)
    {
        if (recording is not null)
        {
            recording.Add(new Member(name, shape, required, nullable));
            value = default;
            return false;
        }
        return source.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    public T Required<T>(string name, Shape<T> shape) where T : class => Find(name, shape, true, false, out var v) ? shape.Read(v) : null!;
    // Left out, an optional member reads as null, which the model's property turns into its default (as it must for STJ).
    public T Optional<T>(string name, Shape<T> shape) where T : class => Find(name, shape, false, false, out var v) ? shape.Read(v) : null!;
    public T? Nullable<T>(string name, Shape<T> shape) where T : class => Find(name, shape, false, true, out var v) ? shape.Read(v) : null;

    public bool Required(string name, BoolShape shape) => Find(name, shape, true, false, out var v) && BoolShape.Read(v);
    public bool Optional(string name, BoolShape shape) => Find(name, shape, false, false, out var v) && BoolShape.Read(v);
    public bool? Nullable(string name, BoolShape shape) => Find(name, shape, false, true, out var v) ? BoolShape.Read(v) : null;

    public int Required(string name, IntShape shape) => Find(name, shape, true, false, out var v) ? IntShape.Read(v) : 0;
    public int Optional(string name, IntShape shape) => Find(name, shape, false, false, out var v) ? IntShape.Read(v) : 0;
    public int? Nullable(string name, IntShape shape) => Find(name, shape, false, true, out var v) ? IntShape.Read(v) : null;

    public double Required(string name, DoubleShape shape) => Find(name, shape, true, false, out var v) ? DoubleShape.Read(v) : 0;
    public double Optional(string name, DoubleShape shape) => Find(name, shape, false, false, out var v) ? DoubleShape.Read(v) : 0;
    public double? Nullable(string name, DoubleShape shape) => Find(name, shape, false, true, out var v) ? DoubleShape.Read(v) : null;

    public decimal Required(string name, DecimalShape shape) => Find(name, shape, true, false, out var v) ? DecimalShape.Read(v) : 0;
    public decimal Optional(string name, DecimalShape shape) => Find(name, shape, false, false, out var v) ? DecimalShape.Read(v) : 0;
    public decimal? Nullable(string name, DecimalShape shape) => Find(name, shape, false, true, out var v) ? DecimalShape.Read(v) : null;

    public DateOnly Required(string name, DateShape shape) => Find(name, shape, true, false, out var v) ? DateShape.Read(v) : default;
    public DateOnly Optional(string name, DateShape shape) => Find(name, shape, false, false, out var v) ? DateShape.Read(v) : default;
    public DateOnly? Nullable(string name, DateShape shape) => Find(name, shape, false, true, out var v) ? DateShape.Read(v) : null;

    // Enums come back as their int value, for the build line to cast: (ReportStatus)m.Required("status", Status).
    public int Required(string name, EnumShape shape) => Find(name, shape, true, false, out var v) ? shape.Read(v) : 0;
    public int Optional(string name, EnumShape shape) => Find(name, shape, false, false, out var v) ? shape.Read(v) : 0;
    public int? Nullable(string name, EnumShape shape) => Find(name, shape, false, true, out var v) ? shape.Read(v) : null;
}
