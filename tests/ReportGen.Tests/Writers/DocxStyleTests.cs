using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Documents;
using ReportGen.Tests.Support;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Style = DocumentFormat.OpenXml.Wordprocessing.Style;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = ReportGen.Documents.Text;

namespace ReportGen.Tests.Writers;

/// <summary>The DOCX is formatted by its styles: the body names styles, and carries formatting only where the data asks.</summary>
public class DocxStyleTests
{
    [Fact]
    public void Body_paragraphs_carry_a_style_and_nothing_else()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();
        Assert.All(paragraphs, p => Assert.Equal(["pStyle"], p.ParagraphProperties!.ChildElements.Select(e => e.LocalName)));
    }

    [Fact]
    public void Runs_are_bold_or_italic_only_where_the_document_says_strong_or_emphasis()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var runs = word.MainDocumentPart!.Document.Body!.Descendants<Run>().ToList();
        Assert.All(runs, r => Assert.All(r.RunProperties?.ChildElements ?? [], e => Assert.Contains(e.LocalName, new[] { "b", "i", "rStyle" })));
        Assert.Equal("Proceeds of Crime Act (POCA)", string.Concat(runs.Where(r => r.RunProperties?.Bold is not null).Select(r => r.InnerText)));
        Assert.Equal("This edition corrects one figure of the paper as published; a note beside it says so.External Commissioning Budget, 2022/23",
            string.Concat(runs.Where(r => r.RunProperties?.Italic is not null).Select(r => r.InnerText)));
    }

    [Fact]
    public void Cells_carry_only_what_Word_has_no_style_for_a_group_fill_and_a_rule_above_an_inner_total()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        foreach (var table in word.MainDocumentPart!.Document.Body!.Elements<Table>())
        {
            var rows = table.Elements<TableRow>().ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                var style = rows[r].Descendants<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value;
                var expected = new List<string> { "tcW" };
                if (style == "TableTotal" && r < rows.Count - 1) expected.Add("tcBorders");
                if (style == "TableGroup") expected.Add("shd");
                Assert.All(rows[r].Elements<TableCell>(), c => Assert.Equal(expected, c.TableCellProperties!.ChildElements.Select(e => e.LocalName)));
            }
            // A table ending on a total takes the style's last-row format (bold, the rule above); the header, the first-row format.
            var look = table.GetFirstChild<TableProperties>()!.TableLook!;
            Assert.True(look.FirstRow!.Value);
            Assert.Equal(rows[^1].Descendants<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value == "TableTotal", look.LastRow!.Value);
        }
        var budget = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "BudgetTable");
        var lastRow = budget.Elements<TableStyleProperties>().Single(p => p.Type!.Value == TableStyleOverrideValues.LastRow);
        Assert.Equal(12u, lastRow.Descendants<TopBorder>().Single().Size!.Value); // 1.5 pt
        Assert.NotNull(budget.Elements<TableStyleProperties>().Single(p => p.Type!.Value == TableStyleOverrideValues.FirstRow).Descendants<Shading>().Single());
    }

    [Fact]
    public void No_paragraph_is_empty_and_every_style_reference_is_defined()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var body = word.MainDocumentPart!.Document.Body!;
        Assert.All(body.Elements<Paragraph>(), p => Assert.False(string.IsNullOrWhiteSpace(p.InnerText), "an empty paragraph"));
        var styles = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        var ids = styles.Select(s => s.StyleId!.Value!).ToHashSet();
        var references = styles.SelectMany(s => new[] { s.BasedOn?.Val?.Value, s.NextParagraphStyle?.Val?.Value })
            .Concat(body.Descendants<ParagraphStyleId>().Select(p => p.Val?.Value))
            .Concat(body.Descendants<RunStyle>().Select(r => r.Val?.Value))
            .Concat(body.Descendants<TableStyle>().Select(t => t.Val?.Value))
            .OfType<string>().ToHashSet();
        Assert.Empty(references.Except(ids));
    }

    [Fact]
    public void Lines_are_as_tall_as_the_PDFs_and_Word_updates_fields_on_open()
    {
        using var word = DocxOutput.Open(DocxOutput.Reference);
        var theme = Built.Reference.Theme!;
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        void Line(string style, double size, double factor)
        {
            var spacing = styles[style].StyleParagraphProperties!.SpacingBetweenLines!;
            Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
            Assert.Equal(Math.Round(size * factor * 20), double.Parse(spacing.Line!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        }
        Line("Normal", theme.Fonts.BodySize, theme.Spacing.LineHeight);                 // 13.2 pt
        Line("Heading1", theme.Fonts.HeadingSize, theme.Spacing.LineHeight);
        Line("TableAmount", theme.Fonts.TableSize, theme.Spacing.TableLineHeight);      // 11.5 pt
        var settings = word.MainDocumentPart.DocumentSettingsPart!.Settings!;
        Assert.True(settings.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    private static Documents.TableCell Cell(string text) => new([new Text(text)]);

    private static Documents.Table SmallTable(string caption, string label) => new(caption, [ColumnAlignment.Left, ColumnAlignment.Right],
        [new Documents.TableRow(RowKind.Item, [Cell("Item"), Cell("Amount")])],
        [new Documents.TableRow(RowKind.Item, [Cell(label), Cell("£1")]), new Documents.TableRow(RowKind.Total, [Cell("Total"), Cell("£1")])]);

    /// <summary>Two tables that touch, then a forced page break straight before a third.</summary>
    internal static Documents.Document TablesTouching() => Built.Reference.Document! with
    {
        Blocks = [new Documents.Paragraph([new Text("Before the tables.")]), SmallTable("First", "one"), SmallTable("Second", "two"),
                  new PageBreak(), SmallTable("Third", "three")],
    };

    [Fact]
    public void Touching_tables_are_kept_apart_by_a_table_separator_and_a_break_before_a_table_is_in_its_first_cells_style()
    {
        using var word = DocxOutput.Open(DocxOutput.Render(TablesTouching()));
        var body = word.MainDocumentPart!.Document.Body!.ChildElements.Where(e => e is not SectionProperties).ToList();
        Assert.Equal(["p", "tbl", "p", "tbl", "p", "tbl"], body.Select(e => e.LocalName));
        Assert.All([body[2], body[4]], p => Assert.Equal("TableSeparator", ((Paragraph)p).ParagraphProperties!.ParagraphStyleId!.Val!.Value));
        Assert.Null(DocxOutput.Resolved<PageBreakBefore>(word, body[1].Descendants<Paragraph>().First()));
        Assert.NotNull(DocxOutput.Resolved<PageBreakBefore>(word, body[5].Descendants<Paragraph>().First()));
    }
}
