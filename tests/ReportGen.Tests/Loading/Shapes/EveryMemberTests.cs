using System.Text;
using CsCheck;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// Every member reader overload and every leaf check, held to STJ through <see cref="EveryMember"/>: its shape says
/// what STJ's metadata says, and any object of generated members — each left out, null, or a value aimed at its
/// kind or of any kind — gives the old checker's diagnostics and, where it passes, the object STJ deserialized.
/// </summary>
public class EveryMemberTests
{
    [Fact]
    public void The_shape_of_every_member_is_STJs() =>
        Assert.Equal(string.Join("\n", StjShapeText.Of(EveryMemberContext.Default.EveryMember)), string.Join("\n", ShapeText.Of(EveryMemberShape.Every)));

    private static readonly Gen<string> Lists = Gen.OneOf(Gen.Const("[\"a\", \"b\"]"), Gen.Const("[]"), Gen.Const("[\"a\", null]"), Gen.Const("[1]"), LeafValues.Any);
    private static readonly Gen<string> Maps = Gen.OneOf(Gen.Const("{\"a\": 1, \"b\": {\"prior\": 2}}"), Gen.Const("{}"), Gen.Const("{\"a\": null}"), Gen.Const("{\"a\": \"1\"}"), LeafValues.Any);
    private static readonly Gen<string> People = Gen.OneOf(Gen.Const("{\"name\": \"n\", \"role\": \"r\"}"), Gen.Const("{\"name\": \"n\"}"), Gen.Const("{\"name\": \"n\", \"role\": \"r\", \"x\": 1}"), LeafValues.Any);
    private static readonly Gen<string> Acknowledgements = Gen.OneOf(Gen.Const("\"why\""), Gen.Const("{\"difference\": -12, \"reason\": \"why\"}"),
        Gen.Const("{\"difference\": {\"prior\": 1}, \"reason\": \"why\"}"), Gen.Const("{\"reason\": \"why\"}"), Gen.Const("{\"difference\": 1, \"reason\": 2, \"why\": 3}"), LeafValues.Any);

    // Each member: its JSON name, a good value, and the values aimed at its kind.
    private static readonly (string Name, string Good, Gen<string> Values)[] Members =
    [
        .. Kind(["required_text", "optional_text", "nullable_text"], "\"x\"", LeafValues.Any),
        .. Kind(["required_bool", "optional_bool", "nullable_bool"], "true", LeafValues.Number),
        .. Kind(["required_int", "optional_int", "nullable_int"], "-3", LeafValues.Number),
        .. Kind(["required_double", "optional_double", "nullable_double"], "1.5e2", LeafValues.Number),
        .. Kind(["required_decimal", "optional_decimal", "nullable_decimal"], "1234.50", LeafValues.Number),
        .. Kind(["required_date", "optional_date", "nullable_date"], "\"2024-02-29\"", LeafValues.Date),
        .. Kind(["required_status", "optional_status", "nullable_status"], "\"final\"", LeafValues.Enum),
        ("required_list", "[\"a\"]", Lists), ("optional_map", "{\"a\": 1}", Maps), ("nullable_person", "{\"name\": \"n\", \"role\": \"r\"}", People),
        ("nullable_acknowledgement", "\"why\"", Acknowledgements),
    ];

    private static IEnumerable<(string, string, Gen<string>)> Kind(string[] names, string good, Gen<string> values) => names.Select(n => (n, good, values));

    // A member left out (null), written null, or given a value: mostly a good one, so that many objects pass the check
    // and reach the binder, and often one aimed at its kind. Now and then an unknown member too.
    private static readonly Gen<string> Objects =
        Gen.Select(Members.Select(m => Gen.Frequency((1, Gen.Const((string?)null)), (1, Gen.Const((string?)"null")), (20, Gen.Const((string?)m.Good)),
                (3, m.Values.Select(v => (string?)v)))).ToArray()
                .Aggregate(Gen.Const(Array.Empty<string?>()), (all, next) => Gen.Select(all, next, (a, v) => (string?[])[.. a, v])),
            Gen.Frequency((8, Gen.Const("")), (1, Gen.Const(", \"requred_text\": 1"))))
        .Select((values, extra) => "{" + string.Join(", ", Members.Zip(values).Where(p => p.Second is not null).Select(p => $"\"{p.First.Name}\": {p.Second}")) + extra + "}");

    [Fact]
    public void Any_object_of_generated_members_reads_as_STJ_read_it() =>
        Objects.Sample(json =>
        {
            var readings = TwoReaders.Read(Encoding.UTF8.GetBytes(json), 8, EveryMemberContext.Default.EveryMember, EveryMemberShape.Every);
            Assert.NotNull(readings);
            BinderAgreementTests.AssertAgree(readings);
        }, iter: 3000);

    [Fact]
    public void Some_generated_objects_pass_the_check_and_are_read()
    {
        // The comparison above proves little if nearly every object is refused: count those that get through.
        var read = 0;
        Objects.Sample(json =>
        {
            if (TwoReaders.Read(Encoding.UTF8.GetBytes(json), 8, EveryMemberContext.Default.EveryMember, EveryMemberShape.Every)?.Bound is not null) read++;
        }, iter: 3000, threads: 1);
        Assert.True(read >= 50, $"{read} of 3,000 generated objects passed the structure check");
    }
}
