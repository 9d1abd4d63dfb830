using CsCheck;
using ReportGen.Fuzzing;
using ReportGen.Tests.Support;

namespace ReportGen.Tests.Loading.Shapes;

/// <summary>
/// Generated files read as System.Text.Json read them: the same diagnostics, byte for byte and in order, and where
/// a file passes, the same paper or theme. The fuzzer's structured mutations damage whole files; the leaf edits
/// put every form of date, enum, number and literal where the model expects a leaf of each kind.
/// </summary>
public class GeneratedInputTests
{
    private static readonly byte[] Reference = File.ReadAllBytes(Repo.ReferenceData);
    private static readonly byte[] TwoYear = File.ReadAllBytes(Repo.Path("data", "examples", "two-year-budget.json"));
    private static readonly byte[] Theme = File.ReadAllBytes(Repo.Path("templates", "board-paper", "theme.json"));

    // A leaf of each kind the data file has, in the two-year example, which has every kind (objects by name, lists by
    // index), with the values aimed at it.
    private static readonly Gen<(object[] Path, string Json)> DataLeaves = Gen.OneOf(
        Leaf(LeafValues.Date, ["meeting", "date"], ["report", "date"]),
        Leaf(LeafValues.Enum, ["report", "status"], ["columns", 2, "compute"], ["columns", 3, "compute"]),
        Leaf(LeafValues.Number, ["report", "correction_notes"], ["programmes", 0, "must_balance"], ["programmes", 0, "groups", 0, "lines", 0, "hidden"],
            ["programmes", 0, "groups", 0, "lines", 0, "amount"], ["programmes", 0, "groups", 0, "lines", 0, "amount", "prior"], ["summary", "published", "total_thousands"]),
        Leaf(LeafValues.Any, ["report", "keywords"], ["main_column"], ["wording", "funding_mix"], ["programmes", 0, "acknowledged_difference"], ["report", "amendments"]));

    private static readonly Gen<(object[] Path, string Json)> ThemeLeaves = Gen.OneOf(
        Leaf(LeafValues.Enum, ["numbers", "negative"]),
        Leaf(LeafValues.Number, ["numbers", "millions_places"], ["numbers", "percent_places"], ["fonts", "body_size"], ["page", "width_mm"]),
        Leaf(LeafValues.Any, ["fonts", "families"], ["fonts", "families", 0], ["colours", "text"], ["$comment"], ["numbers"]));

    private static Gen<(object[] Path, string Json)> Leaf(Gen<string> values, params object[][] paths) => Gen.Select(Gen.OneOf(paths), values);

    [Fact]
    public void Mutated_budgets_read_as_STJ_read_them() =>
        Mutation.Case.Sample(mutations => Agree(TwoReaders.Budget(BudgetMutator.Apply(Reference, mutations))), iter: 300);

    [Fact]
    public void Mutated_themes_read_as_STJ_read_them() =>
        Mutation.Case.Sample(mutations => Agree(TwoReaders.Theme(BudgetMutator.Apply(Theme, mutations))), iter: 500);

    [Fact]
    public void Any_value_at_a_data_file_leaf_reads_as_STJ_read_it() =>
        DataLeaves.Sample(leaf => Agree(TwoReaders.Budget(LeafValues.With(TwoYear, leaf.Path, leaf.Json))), iter: 3000);

    [Fact]
    public void Any_value_at_a_theme_leaf_reads_as_STJ_read_it() =>
        ThemeLeaves.Sample(leaf => Agree(TwoReaders.Theme(LeafValues.With(Theme, leaf.Path, leaf.Json))), iter: 2000);

    private static void Agree(TwoReadings? readings)
    {
        if (readings is not null) BinderAgreementTests.AssertAgree(readings);
    }
}
