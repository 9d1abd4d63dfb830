using CsCheck;

namespace ReportGen.Fuzzing;

/// <summary>What a mutation does to the budget.</summary>
public enum MutationKind
{
    /// <summary>A value becomes hostile text (controls, surrogates, bidi, Markdown, very long words…).</summary>
    Text,
    /// <summary>A value becomes a number at an edge (huge, tiny, negative, many decimals).</summary>
    Number,
    /// <summary>A value becomes a date string, sane or not.</summary>
    Date,
    /// <summary>A value becomes null, a boolean, an empty list or object.</summary>
    Literal,
    /// <summary>A member or element is removed.</summary>
    Remove,
    /// <summary>A list element is repeated many times.</summary>
    Repeat,
    /// <summary>An object gains a property no one knows.</summary>
    UnknownProperty,
    /// <summary>A property is renamed to a misspelling.</summary>
    Rename,
    /// <summary>The file's bytes are damaged: truncated, a comment, a BOM, deep nesting, bytes that are not UTF-8.</summary>
    Raw,
}

/// <summary>
/// One structured change to a valid budget. <see cref="Target"/> and <see cref="Payload"/> are indexes, taken
/// modulo what the document and the palettes hold when the mutation is applied, so every case is valid to apply,
/// can be written down in a line, and shrinks by dropping mutations.
/// </summary>
public sealed record Mutation(MutationKind Kind, int Target, int Payload)
{
    /// <summary>One mutation; text and numbers are the commonest, as in the faults seen in the field.</summary>
    public static readonly Gen<Mutation> Gen =
        CsCheck.Gen.Select(
            CsCheck.Gen.Frequency(
                (6, CsCheck.Gen.Const(MutationKind.Text)), (3, CsCheck.Gen.Const(MutationKind.Number)), (1, CsCheck.Gen.Const(MutationKind.Date)),
                (1, CsCheck.Gen.Const(MutationKind.Literal)), (1, CsCheck.Gen.Const(MutationKind.Remove)), (1, CsCheck.Gen.Const(MutationKind.Repeat)),
                (1, CsCheck.Gen.Const(MutationKind.UnknownProperty)), (1, CsCheck.Gen.Const(MutationKind.Rename)), (1, CsCheck.Gen.Const(MutationKind.Raw))),
            CsCheck.Gen.Int[0, 1_000_000], CsCheck.Gen.Int[0, 1_000_000],
            (kind, target, payload) => new Mutation(kind, target, payload));

    /// <summary>A case: one to four mutations.</summary>
    public static readonly Gen<Mutation[]> Case = Gen.Array[1, 4];

    /// <summary>Case number <paramref name="index"/> of the run seeded <paramref name="seed"/>: the same every time.</summary>
    public static Mutation[] CaseNumber(ulong seed, int index) => Case.Generate(new PCG((uint)seed, (ulong)index), null, out _);

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}:{Target}:{Payload}";

    /// <summary>Reads what <see cref="ToString"/> wrote.</summary>
    public static Mutation Parse(string text)
    {
        var parts = text.Split(':');
        return new Mutation(Enum.Parse<MutationKind>(parts[0]), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
