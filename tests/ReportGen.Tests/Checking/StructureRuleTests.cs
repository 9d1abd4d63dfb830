using ReportGen.Checking;
using static ReportGen.Tests.Checking.CleanPdf;

namespace ReportGen.Tests.Checking;

/// <summary>The structure tree: types and role mapping, headings, tables, lists, figures.</summary>
public class StructureRuleTests
{
    private static MiniPdf Retype(int element, string from, string to) => Create().Replace(element, $"/S /{from} ", $"/S /{to} ");

    private static MiniPdf WithRoleMap(MiniPdf pdf, string entries) =>
        pdf.Replace(StructRoot, "/Type /StructTreeRoot", $"/Type /StructTreeRoot /RoleMap << {entries} >>");

    [Fact]
    public void A_non_standard_type_must_be_role_mapped()
    {
        Checked.Finds(Checked.Of(Retype(P, "P", "BodyText")), CheckRules.NonStandardType, page: 1, objectNumber: P, message: "/BodyText");
        Checked.Clean(Checked.Of(WithRoleMap(Retype(P, "P", "BodyText"), "/BodyText /P")));
    }

    [Fact]
    public void A_mapping_that_goes_round_in_a_circle_is_found() =>
        Checked.Finds(Checked.Of(WithRoleMap(Retype(P, "P", "BodyText"), "/BodyText /Para /Para /BodyText")), CheckRules.CircularRoleMap, objectNumber: P);

    [Fact]
    public void A_standard_type_must_not_be_remapped_but_libreoffice_s_identity_entries_remap_nothing()
    {
        Checked.Finds(Checked.Of(WithRoleMap(Create(), "/P /Span")), CheckRules.StandardTypeRemapped, objectNumber: P, message: "/P to /Span");
        Checked.Clean(Checked.Of(WithRoleMap(Create(), "/P /P /H1 /H1 /Table /Table")));
    }

    [Fact]
    public void The_first_numbered_heading_is_h1() =>
        Checked.Finds(Checked.Of(Retype(H1, "H1", "H2")), CheckRules.FirstHeadingNotH1, page: 1, objectNumber: H1);

    [Fact]
    public void H1_then_h3_skips_a_level()
    {
        var pdf = Retype(P, "P", "H3");
        var finding = Checked.Finds(Checked.Of(pdf), CheckRules.HeadingLevelSkipped, page: 1, objectNumber: P);
        Assert.Equal("test.pdf(page 1, obj 14): error PDF/UA-1 7.4.2: H3 follows H1: H2 skipped [Matterhorn 14-003]", finding.ToString());
        Checked.Clean(Checked.Of(Retype(P, "P", "H2")));
    }

    [Fact]
    public void H_and_numbered_headings_are_not_mixed() =>
        Checked.Finds(Checked.Of(Retype(P, "P", "H")), CheckRules.MixedHeadings, objectNumber: P);

    [Fact]
    public void A_header_cell_needs_a_scope_unless_the_table_uses_headers()
    {
        Checked.Finds(Checked.Of(Create().Replace(Th, " /A << /O /Table /Scope /Row >>", "")), CheckRules.HeaderCellWithoutScope, page: 1, objectNumber: Th);
        var headers = Create().Replace(Th, " /A << /O /Table /Scope /Row >>", " /ID (h1)").Replace(Td, "/K 3", "/K 3 /A << /O /Table /Headers [(h1)] >>");
        Checked.Clean(Checked.Of(headers));
        var attributeArray = Create().Replace(Th, " /A << /O /Table /Scope /Row >>", " /A [<< /O /Layout /Placement /Block >> 0 << /O /Table /Scope /Column >> 0]");
        Checked.Clean(Checked.Of(attributeArray));
    }

    [Fact]
    public void Table_elements_nest_as_table_row_cell()
    {
        // The TD straight under Table, without its TR.
        var pdf = Create().Replace(Table, $"/K [{Tr} 0 R]", $"/K [{Tr} 0 R {Td} 0 R]").Replace(Tr, $"/K [{Th} 0 R {Td} 0 R]", $"/K [{Th} 0 R]")
                          .Replace(Td, $"/P {Tr} 0 R", $"/P {Table} 0 R");
        var report = Checked.Of(pdf);
        Checked.Finds(report, CheckRules.TableStructure, objectNumber: Td, message: "TD inside Table, which may contain only TR, THead, TBody, TFoot, Caption");
        Checked.Finds(report, CheckRules.TableStructure, objectNumber: Td, message: "it belongs in TR");
    }

    [Fact]
    public void List_items_hold_only_a_label_and_a_body_and_sit_in_a_list()
    {
        Checked.Finds(Checked.Of(Retype(LBody, "LBody", "P")), CheckRules.ListStructure, objectNumber: LBody, message: "P inside LI, which may contain only Lbl, LBody");
        Checked.Finds(Checked.Of(Retype(L, "L", "Div")), CheckRules.ListStructure, objectNumber: Li, message: "LI inside Div; it belongs in L");
    }

    [Fact]
    public void A_figure_needs_alternate_text()
    {
        Checked.Finds(Checked.Of(Retype(P, "P", "Figure")), CheckRules.FigureWithoutAlt, objectNumber: P);
        Checked.Clean(Checked.Of(Retype(P, "P", "Figure").Replace(P, "/K 1", "/K 1 /Alt (A bar chart of the budget)")));
    }
}
