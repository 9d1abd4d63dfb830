using System.Text.Json;

namespace ReportGen.Loading.Shapes;

/// <summary>
/// An object read into a <typeparamref name="T"/> by <paramref name="build"/>, which reads each member through a
/// <see cref="MemberReader"/> and sets the model's property from it, one line per property.
/// </summary>
/// <remarks>
/// The members are learnt by running <paramref name="build"/> once on a recording reader, which returns null or
/// default for every member: so a build function does nothing but read members and set properties (no branches,
/// no arithmetic), and the model's records must accept null in a property while recording, as they must for STJ.
/// </remarks>
internal sealed class ObjectShape<T>(Func<MemberReader, T> build) : Shape<T>, IObjectShape where T : class
{
    // Made at most once in practice; two threads racing would record the same list twice, harmlessly.
    private IReadOnlyList<Member>? members;

    public IReadOnlyList<Member> Members => members ??= MemberReader.Record(build);

    public override string Description => "an object { … }";

    public override T Read(JsonElement value) => build(MemberReader.Of(value));
}
