using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents;
using ReportGen.Writers;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// One planned sheet as a worksheet: the title, heading and key rows frozen above the data, column widths, the
/// Row column's drop-down list of kinds, A4 page set-up with the title rows repeated and a footer like the paper's.
/// </summary>
internal static class XlsxSheet
{
    /// <summary>The most text a cell holds.</summary>
    public const int MaxCellText = 32_767;

    public static Worksheet Write(SheetPlan plan, bool selected, DocumentMetadata metadata, XlsxStyles styles, XlsxWriter.SharedStrings strings, SafeText text)
    {
        var data = new SheetData();
        string Clean(string value, int column, int row)
        {
            var clean = text.Clean(value, () => $"the workbook cell {plan.Name}!{CellRefs.Cell(column, row)}");
            return clean.Length <= MaxCellText ? clean : clean[..MaxCellText];
        }
        Cell TextCell(int column, int row, string value, uint style) =>
            new() { CellReference = CellRefs.Cell(column, row), DataType = CellValues.SharedString, CellValue = new CellValue(strings.Of(Clean(value, column, row))), StyleIndex = style };

        var title = new Row { RowIndex = WorkbookLayout.TitleRow };
        title.Append(TextCell(1, WorkbookLayout.TitleRow, plan.Title, styles.Index(new CellStyle(RowLook.Title, CellLook.Text))));
        data.Append(title);
        var headings = new Row { RowIndex = WorkbookLayout.HeadingRow };
        var keys = new Row { RowIndex = WorkbookLayout.KeyRow };
        for (var c = 0; c < plan.Columns.Count; c++)
        {
            var look = LookOf(plan, c);
            headings.Append(TextCell(c + 1, WorkbookLayout.HeadingRow, plan.Columns[c].Heading, styles.Index(new CellStyle(RowLook.Heading, look), wraps: true)));
            keys.Append(TextCell(c + 1, WorkbookLayout.KeyRow, plan.Columns[c].Key, styles.Index(new CellStyle(RowLook.Key, look))));
        }
        data.Append(headings, keys);

        var rowNumber = WorkbookLayout.FirstDataRow;
        foreach (var planned in plan.Rows)
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            for (var c = 0; c < planned.Cells.Length; c++)
            {
                var reference = CellRefs.Cell(c + 1, rowNumber);
                switch (planned.Cells[c])
                {
                    case null:
                        // An empty cell of a total row still carries the row's border.
                        if (planned.Look == RowLook.Total) row.Append(new Cell { CellReference = reference, StyleIndex = styles.Index(new CellStyle(RowLook.Total, LookOf(plan, c))) });
                        break;
                    case Export.TextCell t:
                        row.Append(TextCell(c + 1, rowNumber, t.Text, styles.Index(t.Style)));
                        break;
                    case NumberCell n:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(AmountCells.Number(n.Value)), StyleIndex = styles.Index(n.Style) });
                        break;
                    case FormulaCell f:
                        row.Append(new Cell
                        {
                            CellReference = reference,
                            CellFormula = new CellFormula(f.Formula),
                            DataType = f.CachedText is null ? null : CellValues.String,
                            CellValue = new CellValue(f.CachedText ?? AmountCells.Number(f.CachedNumber ?? 0)),
                            StyleIndex = styles.Index(f.Style),
                        });
                        break;
                }
            }
            data.Append(row);
            rowNumber++;
        }
        rowNumber++;
        foreach (var note in plan.Notes)
        {
            var row = new Row { RowIndex = (uint)rowNumber };
            row.Append(TextCell(1, rowNumber++, note, styles.Index(new CellStyle(RowLook.Note, CellLook.Text))));
            data.Append(row);
        }

        var sheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(Frozen(selected)),
            new SheetFormatProperties { DefaultRowHeight = 13.2 },
            new Columns(plan.Columns.Select((column, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = column.Width, CustomWidth = true })),
            data);
        if (KindList(plan) is { } validation) sheet.Append(validation);
        sheet.Append(
            new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            // A4, as wide as the page, as long as it takes.
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 },
            Footer(metadata));
        return sheet;
    }

    private static CellLook LookOf(SheetPlan plan, int column) =>
        plan.Columns[column].Key is WorkbookLayout.IdKey or WorkbookLayout.RowKey ? CellLook.Technical
        : plan.Rows.Select(r => r.Cells[column]?.Style.Look).FirstOrDefault(l => l is CellLook.Pounds or CellLook.Thousands or CellLook.Percent) ?? CellLook.Text;

    private static SheetView Frozen(bool selected)
    {
        var firstData = CellRefs.Cell(1, WorkbookLayout.FirstDataRow);
        return new SheetView(
            new Pane { VerticalSplit = WorkbookLayout.KeyRow, TopLeftCell = firstData, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstData, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstData } })
        {
            TabSelected = selected ? true : null,
            WorkbookViewId = 0,
        };
    }

    // The Row column offers its sheet's kinds, so a new row is typed as the import reads it.
    private static DataValidations? KindList(SheetPlan plan)
    {
        if (plan.Kinds is not { } kinds) return null;
        var list = string.Join(",", kinds.Select(WorkbookLayout.NameOf));
        var column = CellRefs.Column(plan.ColumnOf(WorkbookLayout.RowKey));
        return new DataValidations(new DataValidation(new Formula1($"\"{list}\""))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = "Row",
            Error = "A row is one of: " + list.Replace(",", ", ", StringComparison.Ordinal),
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}{WorkbookLayout.FirstDataRow}:{column}1048576" },
        }) { Count = 1 };
    }

    // "&" starts a code in header and footer text; a literal one is written twice.
    // Excel reads at most 255 characters of each.
    private static HeaderFooter Footer(DocumentMetadata metadata)
    {
        static string Literal(string s)
        {
            var text = SafeText.Replace(s);
            var cut = text.Length > 100 && char.IsHighSurrogate(text[99]) ? 99 : 100;
            return (text.Length > 100 ? text[..cut] + "…" : text).Replace("&", "&&", StringComparison.Ordinal);
        }
        var footer = new HeaderFooter(new OddFooter($"&L{Literal(metadata.FooterTitle)}&RPage &P of &N"));
        var marks = (metadata.IsDraft ? new[] { "DRAFT" } : []).Concat(metadata.PageMarks).ToList();
        if (marks.Count > 0) footer.PrependChild(new OddHeader($"&C&B{Literal(string.Join(" — ", marks))}"));
        return footer;
    }
}
