using System.Globalization;
using ReportGen.Theming;

namespace ReportGen.Writers.Html;

/// <summary>The page's style sheet, from the theme: sober, black text, clear tables, and A4 when printed.</summary>
internal static class HtmlStyles
{
    public static string For(Theme theme)
    {
        var f = theme.Fonts;
        var s = theme.Spacing;
        var p = theme.Page;
        var c = theme.Colours;
        var families = string.Join(", ", theme.Fonts.Families.Select(name => $"\"{name}\"")) + ", sans-serif";
        return Invariant($$"""
            body { font-family: {{families}}; font-size: {{f.BodySize}}pt; line-height: {{s.LineHeight}}; color: {{c.Text}}; max-width: 46em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: {{f.TitleSize}}pt; margin: {{s.HeadingBefore}}pt 0 {{s.HeadingAfter}}pt; }
            h2 { font-size: {{f.HeadingSize}}pt; margin: {{s.HeadingBefore}}pt 0 {{s.HeadingAfter}}pt; }
            h3 { font-size: {{f.SubheadingSize}}pt; margin: {{s.HeadingBefore}}pt 0 {{s.HeadingAfter}}pt; }
            p { margin: 0 0 {{s.ParagraphAfter}}pt; }
            a { color: {{c.Link}}; }
            ol.numbered { padding-left: {{s.NumberIndentMm}}mm; margin: 0; }
            ol.numbered > li { margin: 0 0 {{s.ParagraphAfter}}pt; padding-left: 0.3em; }
            ol.numbered > li > p { margin: 0; }
            ul { padding-left: {{s.ListIndentMm}}mm; margin: 0 0 {{s.ParagraphAfter}}pt; list-style-type: "\2022\00A0\00A0"; }
            li ul { list-style-type: "\2013\00A0\00A0"; }
            ul > li { margin-bottom: {{s.ListItemAfter}}pt; }
            table { table-layout: fixed; border-collapse: collapse; margin: {{s.ParagraphAfter}}pt 0 {{s.ParagraphAfter * 1.5}}pt; font-size: {{f.TableSize}}pt; width: 100%; }
            caption, .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
            th, td { border: {{s.GridWidth}}pt solid {{c.Grid}}; padding: {{s.TableCellPadding}}pt {{s.TableCellPadding * 2}}pt; text-align: left; vertical-align: top; }
            th[scope=row] { font-weight: normal; }
            thead th { background: {{c.HeaderFill}}; font-weight: bold; }
            .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            .centre { text-align: center; }
            tr.group th, tr.group td { font-style: italic; background: {{c.GroupFill}}; }
            tr.subtotal th, tr.subtotal td { font-weight: bold; }
            tr.total th, tr.total td { font-weight: bold; border-top: {{s.RuleWidth}}pt solid {{c.Rule}}; }
            .title-block { font-weight: bold; }
            .note { font-size: {{f.TableSize}}pt; }
            /* "Appendix A - continued" carries a table on to a new printed page: print only. */
            .continuation { display: none; }
            .page-marks { color: {{c.DraftMark}}; font-weight: bold; letter-spacing: 0.3em; text-align: center; border: 1pt solid {{c.DraftMark}}; padding: 0.2em; }
            footer { margin-top: 3em; font-size: {{f.FooterSize}}pt; border-top: {{s.GridWidth}}pt solid {{c.Grid}}; }
            @media print {
              @page { size: {{p.WidthMm}}mm {{p.HeightMm}}mm; margin: {{p.MarginTopMm}}mm {{p.MarginRightMm}}mm {{p.MarginBottomMm}}mm {{p.MarginLeftMm}}mm; }
              body { max-width: none; margin: 0; padding: 0; }
              h2.appendix, .page-break { break-before: page; }
              .continuation { display: block; font-weight: bold; }
              h1, h2, h3 { break-after: avoid; }
              tr { break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; }
            }

            """);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
