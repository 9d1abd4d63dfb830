using System.Text;
using CsCheck;
using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>Hostile files: loops in the object graph, deep nesting, decompression bombs, and random damage. Each ends
/// with findings (or none), never an exception, a hang or a stack overflow.</summary>
public class RobustnessTests
{
    [Fact]
    public void A_page_tree_that_contains_itself_is_read_once() =>
        Checked.Clean(Checked.Of(Create().Replace(Pages, $"/Kids [{Page} 0 R]", $"/Kids [{Page} 0 R {Pages} 0 R {Page} 0 R]")));

    [Fact]
    public void A_structure_tree_that_loops_back_to_an_ancestor_is_read_as_far_as_it_is_a_tree() =>
        Checked.Clean(Checked.Of(Create().Replace(Li, $"[{Lbl} 0 R {LBody} 0 R]", $"[{Lbl} 0 R {LBody} 0 R {Document} 0 R]")));

    [Fact]
    public void Bookmarks_whose_next_points_back_are_read_once() =>
        Checked.Clean(Checked.Of(Create().Replace(Bookmark, "/Title", $"/Next {Bookmark} 0 R /First {Bookmark} 0 R /Title")));

    [Fact]
    public void References_that_point_at_each_other_resolve_to_nothing()
    {
        var pdf = Create().Replace(Catalog, "/Lang (en-GB)", "/Lang 40 0 R").Set(40, "41 0 R").Set(41, "40 0 R");
        Checked.Finds(Checked.Of(pdf), CheckRules.NoLanguage);
    }

    [Fact]
    public void A_stream_whose_length_refers_to_itself_is_measured_by_its_endstream()
    {
        var text = Encoding.Latin1.GetString(Create().Build());
        var length = Encoding.Latin1.GetByteCount(PageContent);
        var bytes = Encoding.Latin1.GetBytes(text.Replace($"<<  /Length {length} >>", $"<< /Length {Content} 0 R >>", StringComparison.Ordinal));
        Checked.Finds(Checked.Of(bytes), CheckRules.StreamLength, objectNumber: Content, message: "no usable /Length");
    }

    [Fact]
    public void A_cross_reference_chain_that_loops_is_recovered_by_scanning()
    {
        var pdf = Create();
        var bytes = pdf.Build();
        var text = Encoding.Latin1.GetString(bytes);
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var looped = text.Replace("trailer\n<< ", $"trailer\n<< /Prev {xref} ", StringComparison.Ordinal);
        Checked.Finds(Checked.Of(Encoding.Latin1.GetBytes(looped)), CheckRules.CrossReference, message: "read twice");
    }

    [Fact]
    public void A_form_xobject_that_draws_itself_is_walked_once()
    {
        var pdf = Create().Replace(Page, "/Resources << /Font", "/Resources << /XObject << /X0 30 0 R >> /Font");
        pdf.SetStream(30, "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X0 30 0 R >> >>", "/X0 Do 0 0 5 5 re f");
        pdf.SetStream(Content, "", PageContent + "/Artifact BMC /X0 Do EMC\n");
        Checked.Clean(Checked.Of(pdf));
        pdf.SetStream(Content, "", PageContent + "/X0 Do\n");
        Checked.Finds(Checked.Of(pdf), CheckRules.UntaggedContent, page: 1, objectNumber: 30, message: "1 painting operator(s) (f)");
    }

    [Theory]
    [InlineData(9_000_000)]
    [InlineData(100)]
    public void Arrays_nested_without_end_are_a_finding_not_a_stack_overflow(int depth)
    {
        var pdf = Create().Set(Bookmark, new string('[', depth));
        Checked.Finds(Checked.Of(pdf), CheckRules.MalformedObject, objectNumber: Bookmark, message: "nested more than 64 deep");
        pdf = Create();
        pdf.SetStream(Content, "", PageContent + new string('[', Math.Min(depth, 1_000_000)));
        Checked.Finds(Checked.Of(pdf), CheckRules.MalformedObject, page: 1, objectNumber: Content, message: "nested more than 64 deep");
    }

    [Fact]
    public void A_content_stream_that_inflates_past_the_limit_is_read_in_part_and_says_so()
    {
        var pdf = Create();
        var bomb = new byte[CheckBudget.MaxStreamBytes + 1];
        Encoding.Latin1.GetBytes(PageContent).CopyTo(bomb, 0);
        pdf.SetStream(Content, "/Filter /FlateDecode", MiniPdf.Flate(bomb));
        Checked.Finds(Checked.Of(pdf), CheckRules.LimitReached, objectNumber: Content, message: $"is read only in part: the data decodes to more than {CheckBudget.MaxStreamBytes:N0} bytes");
    }

    [Fact]
    public void A_large_stream_the_checker_only_verifies_costs_time_not_memory()
    {
        // A font program (or image) is inflated only to see that it ends properly, in a 32 KB window.
        var pdf = Create();
        pdf.SetStream(FontFile, "/Length1 64 /Filter /FlateDecode", MiniPdf.Flate(new byte[CheckBudget.MaxStreamBytes + 1]));
        Checked.Clean(Checked.Of(pdf));
    }

    [Theory]
    [InlineData(1000, long.MaxValue, long.MaxValue, "more than 1,000 objects parsed")]
    [InlineData(long.MaxValue, 100, long.MaxValue, "more than 100 bytes decoded from streams")]
    [InlineData(long.MaxValue, long.MaxValue, 5, "more than 5 content operators read")]
    public void Running_out_of_any_budget_ends_the_check_with_a_finding(long objects, long decoded, long operators, string message)
    {
        var pdf = Create();
        pdf.SetStream(Content, "/Filter /FlateDecode", MiniPdf.Flate(Encoding.Latin1.GetBytes(PageContent + string.Concat(Enumerable.Repeat("0 ", 2000)))));
        var report = PdfChecker.Check(pdf.Build(), Checked.Name, new CheckBudget(objects, decoded, operators));
        Checked.Finds(report, CheckRules.LimitReached, message: message, alone: false);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Random_damage_to_a_plain_pdf_never_throws() => Damage(Create().Build());

    [Fact]
    public void Random_damage_to_a_compressed_pdf_never_throws() => Damage(new ObjectStreamPdf(Create()).Build());

    private static readonly string[] Nasty =
        ["-1", "0", "99999999999", "1e308", "-0.5", "null", "true", "[", "]", "<<", ">>", "(", ")", "<", "/Foo", "/S", "/K", "0 0 R", "1 0 R", "999 0 R",
         "[1 2 3]", "<< /Type /StructElem /S /P /K 0 >>", "BT", "ET", "EMC", "BDC", "q", "Q", "Tj", "TJ", "Do", "gs", "cm"];

    [Fact]
    public void Random_tokens_in_any_object_never_throw()
    {
        var clean = Create();
        var numbers = clean.Objects.Select(o => o.Number).ToArray();
        Gen.Select(Gen.Int[0, numbers.Length - 1], Gen.Int[0, 200], Gen.Int[0, Nasty.Length - 1]).Array[1, 4].Sample(edits =>
        {
            var pdf = Create();
            foreach (var (which, token, nasty) in edits)
            {
                var number = numbers[which];
                var isText = pdf.Objects.First(o => o.Number == number).Data is not { } data || number == Content;
                var text = number == Content ? PageContent : pdf.Body(number);
                var words = text.Split(' ');
                words[token % words.Length] = Nasty[nasty];
                if (number == Content) pdf.SetStream(Content, "", string.Join(' ', words));
                else if (isText) pdf.Set(number, string.Join(' ', words));
            }
            Assert.NotNull(PdfChecker.Check(pdf.Build(), "mutated.pdf").Findings);
        }, iter: 1000);
    }

    /// <summary>Overwrites, deletes or truncates bytes at random and checks the result: every outcome is a report.</summary>
    private static void Damage(byte[] original)
    {
        var edits = Gen.Select(Gen.Int[0, original.Length - 1], Gen.Byte, Gen.Int[0, 2]).Array[1, 8];
        edits.Sample(list =>
        {
            var bytes = new List<byte>(original);
            foreach (var (at, value, kind) in list)
            {
                var i = Math.Min(at, bytes.Count - 1);
                if (i < 0) break;
                if (kind == 0) bytes[i] = value;
                else if (kind == 1) bytes.RemoveAt(i);
                else bytes.RemoveRange(i, bytes.Count - i);
            }
            var report = PdfChecker.Check([.. bytes], "damaged.pdf");
            Assert.NotNull(report.Findings);
        }, iter: 400);
    }
}
