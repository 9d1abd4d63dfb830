using System.Text.Json;

namespace ReportGen.Loading.Shapes;

/// <summary>
/// What one value of a JSON file must look like — an object with its members, a list, a map, or a leaf — as
/// the structure check needs it and as diagnostics describe it.
/// </summary>
/// <remarks>
/// Our own description rather than System.Text.Json's metadata: every STJ generic instantiation over a value type
/// or one of our types lives in STJ's version bubble, so ReadyToRun cannot precompile it and a framework-dependent
/// start JIT-compiled hundreds of methods before the first line of the data file was read. Nothing here is generic
/// over a value type, and nothing reflects, so it is precompiled and trim- and AOT-safe.
/// </remarks>
internal abstract class Shape
{
    /// <summary>How a diagnostic asks for it: "a whole number", "a list [ … ]".</summary>
    public abstract string Description { get; }

    // The leaves, one of each, for the shapes of the data file and the theme to name.
    public static readonly TextShape Text = new();
    public static readonly BoolShape Bool = new();
    public static readonly IntShape Int = new();
    public static readonly DoubleShape Double = new();
    public static readonly DecimalShape Decimal = new();
    public static readonly DateShape Date = new();
    public static readonly AmountsShape Amounts = new();
    public static readonly AcknowledgementShape Acknowledgement = new();

    /// <summary>A list of <paramref name="element"/>s.</summary>
    public static ListShape<T> ListOf<T>(Shape<T> element) where T : class => new(element);

    /// <summary>A map from strings to <paramref name="value"/>s.</summary>
    public static MapShape<T> MapOf<T>(Shape<T> value) where T : class => new(value);
}

/// <summary>A shape whose values are read into a .NET object of type <typeparamref name="T"/>.</summary>
/// <remarks>Only over reference types, whose generic code ReadyToRun shares and precompiles.</remarks>
internal abstract class Shape<T> : Shape where T : class
{
    /// <summary>The value, read from an element the structure check has passed.</summary>
    public abstract T Read(JsonElement value);
}

/// <summary>One member of an object: its name in the file, its shape, whether it must be there, whether it may be null.</summary>
internal sealed record Member(string JsonName, Shape Shape, bool Required, bool Nullable);

/// <summary>An object with named members; any other member is refused.</summary>
internal interface IObjectShape
{
    /// <summary>The members, in the order of the model's properties (which is the order diagnostics list them in).</summary>
    IReadOnlyList<Member> Members { get; }
}

/// <summary>A list whose every element has one shape and none is null.</summary>
internal interface IListShape
{
    /// <summary>The shape of each element.</summary>
    Shape Element { get; }
}

/// <summary>An object used as a map: any string keys, every value of one shape and none null.</summary>
internal interface IMapShape
{
    /// <summary>The shape of each value.</summary>
    Shape Value { get; }
}
