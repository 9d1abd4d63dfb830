using ReportGen.Diagnostics;
using ReportGen.Figures;

namespace ReportGen.Workbooks.Import;

/// <summary>
/// Reads the rows of the programme sheets, the Funding sheet and the Transfers and reserves sheet into lines and
/// groups, by the kind each row's Row cell names. Every row that cannot be read — no kind, an unknown kind, a kind
/// that belongs on another sheet, a line with no id, a line below the totals — is a located diagnostic.
/// </summary>
internal sealed class SheetParser(ColumnSet columns, IReadOnlyList<string> sheetNames, DiagnosticBag diagnostics)
{
    private bool reportedPublicEdition;

    /// <summary>The programme sheet's groups, lines and the rows its table computes.</summary>
    public void Programme(ReadProgramme programme)
    {
        var sheet = programme.Sheet;
        ReadGroup? current = null;
        DerivedRow? firstTotal = null;
        foreach (var row in sheet.DataRows)
        {
            if (Kind(sheet, row, WorkbookLayout.ProgrammeKinds, "a programme sheet") is not { } kind) continue;
            var label = sheet.Text(WorkbookLayout.LabelKey, row, diagnostics);
            var id = sheet.Text(WorkbookLayout.IdKey, row, diagnostics);
            if (!WorkbookLayout.IsItemKind(kind))
            {
                var derived = new DerivedRow(row, kind, string.IsNullOrEmpty(id) ? null : id);
                firstTotal ??= derived;
                programme.Derived.Add(derived);
                continue;
            }
            if (firstTotal is not null)
            {
                diagnostics.Error("RG0412", sheet.At(WorkbookLayout.RowKey, row),
                    $"a '{WorkbookLayout.NameOf(kind)}' row below the table's '{WorkbookLayout.NameOf(firstTotal.Kind)}' row (row {firstTotal.Row}). Lines, groups and sub-totals come first: move this row above row {firstTotal.Row}.");
                continue;
            }
            if (label is null || id is null) continue;
            switch (kind)
            {
                case RowKind.Group:
                    programme.Groups.Add(current = new ReadGroup(row, id.Length > 0 ? id : null, label.Length > 0 ? label : null));
                    break;
                case RowKind.Subtotal when current is null || current.Lines.Count == 0:
                    diagnostics.Error("RG0412", sheet.At(WorkbookLayout.RowKey, row), "a sub-total with no lines above it since the last group or sub-total. Put the group's lines above it, or remove it.");
                    break;
                case RowKind.Subtotal:
                    current!.SubtotalRow = row;
                    current.SubtotalLabel = label;
                    programme.Derived.Add(new DerivedRow(row, kind, null, programme.Groups.Count - 1));
                    current = null;
                    break;
                default:
                    if (current is null) programme.Groups.Add(current = new ReadGroup(null, null, null));
                    if (Line(sheet, row, kind, id, label) is { } line) current.Lines.Add(line);
                    break;
            }
        }
    }

    /// <summary>The Funding sheet's or the Transfers and reserves sheet's rows, each to its programme.</summary>
    public void List(KeyedSheet sheet, IReadOnlyList<ReadProgramme?> programmes, IReadOnlyList<RowKind> kinds)
    {
        var pendingAllocation = new Dictionary<int, ReadLine>();
        foreach (var row in sheet.DataRows)
        {
            if (Kind(sheet, row, kinds, $"the {sheet.Name} sheet") is not { } kind) continue;
            var name = sheet.Text(WorkbookLayout.ProgrammeKey, row, diagnostics);
            var label = sheet.Text(WorkbookLayout.LabelKey, row, diagnostics);
            var id = sheet.Text(WorkbookLayout.IdKey, row, diagnostics);
            if (name is null || label is null || id is null) continue;
            var index = FindSheet(name);
            if (index < 0)
            {
                diagnostics.Error("RG0413", sheet.At(WorkbookLayout.ProgrammeKey, row),
                    $"'{KeyedSheet.Shorten(name)}' is not a programme of this paper. Write a programme's sheet name: {string.Join(", ", sheetNames.Select(n => $"'{n}'"))}.");
                continue;
            }
            var other = sheet.Has(WorkbookLayout.OtherProgrammeKey) ? sheet.Text(WorkbookLayout.OtherProgrammeKey, row, diagnostics) : null;
            if (Line(sheet, row, kind, id, label, other) is not { } line || programmes[index] is not { } programme) continue;
            switch (kind)
            {
                case RowKind.TransferOut: programme.TransfersOut.Add(line); break;
                case RowKind.TransferIn: programme.TransfersIn.Add(line); break;
                case RowKind.CarryForward: programme.CarryForwards.Add(line); break;
                case RowKind.Drawdown: programme.Drawdowns.Add(line); break;
                case RowKind.RingFencedAllocation:
                    if (pendingAllocation.Remove(index, out var unpaired)) Unpaired(unpaired, "has no 'ring-fenced funding' row after it");
                    pendingAllocation[index] = line;
                    break;
                case RowKind.RingFencedFunding:
                    if (pendingAllocation.Remove(index, out var allocation)) programme.RingFenced.Add((allocation, line));
                    else Unpaired(line, "has no 'ring-fenced allocation' row before it");
                    break;
                default: programme.Funding.Add(line); break;
            }
        }
        foreach (var unpaired in pendingAllocation.Values) Unpaired(unpaired, "has no 'ring-fenced funding' row after it");
    }

    /// <summary>The programme whose sheet is named <paramref name="name"/> (case aside), or -1.</summary>
    public int FindSheet(string name)
    {
        for (var i = 0; i < sheetNames.Count; i++)
            if (string.Equals(sheetNames[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private void Unpaired(ReadLine line, string problem) =>
        diagnostics.Error("RG0414", line.Sheet.At(WorkbookLayout.RowKey, line.Row),
            $"the ring-fenced row '{KeyedSheet.Shorten(line.Label)}' {problem}. A ring-fenced allocation is followed by the grant that pays for it, on the next ring-fenced row of the same programme.");

    private RowKind? Kind(KeyedSheet sheet, int row, IReadOnlyList<RowKind> allowed, string where)
    {
        var text = sheet.Text(WorkbookLayout.RowKey, row, diagnostics);
        if (text is null) return null;
        var choices = string.Join(", ", allowed.Where(k => where != "a programme sheet" || WorkbookLayout.IsItemKind(k)).Select(WorkbookLayout.NameOf));
        if (text.Length == 0)
        {
            diagnostics.Error("RG0406", sheet.At(WorkbookLayout.RowKey, row), $"the row has no kind. Say what it is in its Row cell: {choices}.");
            return null;
        }
        var kind = WorkbookLayout.Parse(text);
        if (kind == RowKind.Withheld)
        {
            if (!reportedPublicEdition)
                diagnostics.Error("RG0418", sheet.At(WorkbookLayout.RowKey, row),
                    "this is the public edition of the workbook: exempt information is withheld from it, so importing it would lose those lines. Import the workbook reportgen new --xlsx writes.");
            reportedPublicEdition = true;
            return null;
        }
        if (kind is null)
            diagnostics.Error("RG0406", sheet.At(WorkbookLayout.RowKey, row), $"'{KeyedSheet.Shorten(text)}' is not a kind of row. Use one of: {choices}.");
        else if (!allowed.Contains(kind.Value))
            diagnostics.Error("RG0417", sheet.At(WorkbookLayout.RowKey, row),
                $"a '{WorkbookLayout.NameOf(kind.Value)}' row does not belong on {where}. {Home(kind.Value)}");
        else return kind;
        return null;
    }

    private static string Home(RowKind kind) => WorkbookLayout.FundingKinds.Contains(kind) ? $"Funding sources go on the {WorkbookLayout.FundingSheet} sheet."
        : WorkbookLayout.TransferKinds.Contains(kind) ? $"Transfers, carry-forwards, drawdowns and ring-fenced pairs go on the {WorkbookLayout.TransfersSheet} sheet."
        : "Line items, groups and sub-totals go on their programme's sheet.";

    private ReadLine? Line(KeyedSheet sheet, int row, RowKind kind, string id, string label, string? other = null)
    {
        var amounts = new decimal?[columns.Stored.Length];
        var readable = true;
        foreach (var column in columns.Stored)
        {
            var read = sheet.Amount(column.Key, row, diagnostics);
            amounts[column.Index] = read.Value;
            readable &= read.Readable;
        }
        if (id.Length == 0)
        {
            diagnostics.Error("RG0408", sheet.At(WorkbookLayout.IdKey, row),
                $"the line '{KeyedSheet.Shorten(label)}' has no id. Give it a short id unique in the paper (letters, digits and hyphens, for example '{Suggest(label)}'): the import matches rows to the data by id.");
            return null;
        }
        if (readable && amounts.All(a => a is null))
        {
            // The data file's code for it: a line must have an amount in some column.
            diagnostics.Error("RG0256", sheet.At(columns.Main.Key, row),
                $"the line '{KeyedSheet.Shorten(label)}' has no amount in any column. Type its amount, or delete the row if the line has gone.");
            return null;
        }
        return readable ? new ReadLine(sheet, row, kind, id, label, amounts, other) : null;
    }

    private static string Suggest(string label)
    {
        var slug = string.Concat(label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "new-line" : slug[..Math.Min(slug.Length, 30)].TrimEnd('-');
    }
}
