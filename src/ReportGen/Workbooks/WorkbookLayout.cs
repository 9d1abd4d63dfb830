namespace ReportGen.Workbooks;

/// <summary>What a row of a workbook sheet is, as its Row column says.</summary>
public enum RowKind
{
    /// <summary>A group's heading row; starts a group of lines (its label may be empty).</summary>
    Group,
    /// <summary>A line item.</summary>
    Line,
    /// <summary>A line that reduces its total (a savings target; on the Funding sheet, grant returned), written negative.</summary>
    Deduction,
    /// <summary>A group's sub-total: a SUM of the group's lines; closes the group.</summary>
    Subtotal,
    /// <summary>The programme's "Total Allocated" row.</summary>
    TotalAllocated,
    /// <summary>Money passed to another programme.</summary>
    TransferOut,
    /// <summary>Money brought forward.</summary>
    CarryForward,
    /// <summary>Money drawn down from reserves.</summary>
    Drawdown,
    /// <summary>An in-year funding source the table prints.</summary>
    Funding,
    /// <summary>A funding source summed but not printed.</summary>
    HiddenFunding,
    /// <summary>A funding deduction summed but not printed.</summary>
    HiddenDeduction,
    /// <summary>Money received from another programme.</summary>
    TransferIn,
    /// <summary>The "Funding Available" row.</summary>
    FundingAvailable,
    /// <summary>Money not yet allocated, for a programme that need not balance.</summary>
    Unallocated,
    /// <summary>Over-programming, for a programme that need not balance.</summary>
    OverProgrammed,
    /// <summary>A ring-fenced allocation; the next ring-fenced row is its grant.</summary>
    RingFencedAllocation,
    /// <summary>The grant paying for the ring-fenced allocation above it.</summary>
    RingFencedFunding,
    /// <summary>The programme's grand total.</summary>
    Total,
    /// <summary>Exempt information the public edition leaves out.</summary>
    Withheld,
}

/// <summary>
/// The shape every sheet of a budget workbook shares, for the export that writes it and the import that reads it:
/// a title row, a row of headings, a row of column keys the import goes by, then the rows. The sheets: the funding
/// summary, one per programme, Funding (every funding source) and Transfers and reserves (transfers, carry-forwards,
/// drawdowns and ring-fenced pairs).
/// </summary>
public static class WorkbookLayout
{
    /// <summary>The sheet of every programme's funding sources.</summary>
    public const string FundingSheet = "Funding";

    /// <summary>The sheet of transfers, carry-forwards, drawdowns and ring-fenced pairs.</summary>
    public const string TransfersSheet = "Transfers and reserves";

    /// <summary>The funding summary (£000s), checked on import but never read as data.</summary>
    public const string SummarySheet = "Funding summary";

    /// <summary>The rows before the data: title, headings, keys.</summary>
    public const int TitleRow = 1, HeadingRow = 2, KeyRow = 3, FirstDataRow = 4;

    /// <summary>Column keys besides the paper's amount columns.</summary>
    public const string IdKey = "id", RowKey = "row", LabelKey = "label", ProgrammeKey = "programme", OtherProgrammeKey = "other_programme",
        StreamKey = "funding_stream", ThousandsSuffix = "_000s";

    private static readonly (RowKind Kind, string Name)[] Names =
    [
        (RowKind.Group, "group"), (RowKind.Line, "line"), (RowKind.Deduction, "deduction"), (RowKind.Subtotal, "sub-total"),
        (RowKind.TotalAllocated, "total allocated"), (RowKind.TransferOut, "transfer out"), (RowKind.CarryForward, "carry-forward"),
        (RowKind.Drawdown, "drawdown"), (RowKind.Funding, "funding"), (RowKind.HiddenFunding, "hidden funding"),
        (RowKind.HiddenDeduction, "hidden deduction"), (RowKind.TransferIn, "transfer in"), (RowKind.FundingAvailable, "funding available"),
        (RowKind.Unallocated, "unallocated"), (RowKind.OverProgrammed, "over-programmed"), (RowKind.RingFencedAllocation, "ring-fenced allocation"),
        (RowKind.RingFencedFunding, "ring-fenced funding"), (RowKind.Total, "total"), (RowKind.Withheld, "withheld"),
    ];

    /// <summary>The kinds a programme sheet may hold: the finance team's rows, then the table's own rows.</summary>
    public static readonly IReadOnlyList<RowKind> ProgrammeKinds =
    [
        RowKind.Group, RowKind.Line, RowKind.Deduction, RowKind.Subtotal, RowKind.TotalAllocated, RowKind.TransferOut, RowKind.CarryForward,
        RowKind.Drawdown, RowKind.Funding, RowKind.TransferIn, RowKind.FundingAvailable, RowKind.Unallocated, RowKind.OverProgrammed,
        RowKind.RingFencedAllocation, RowKind.RingFencedFunding, RowKind.Total,
    ];

    /// <summary>The kinds of the Funding sheet.</summary>
    public static readonly IReadOnlyList<RowKind> FundingKinds = [RowKind.Funding, RowKind.HiddenFunding, RowKind.Deduction, RowKind.HiddenDeduction];

    /// <summary>The kinds of the Transfers and reserves sheet.</summary>
    public static readonly IReadOnlyList<RowKind> TransferKinds =
        [RowKind.TransferOut, RowKind.TransferIn, RowKind.CarryForward, RowKind.Drawdown, RowKind.RingFencedAllocation, RowKind.RingFencedFunding];

    /// <summary>True for the rows the finance team writes on a programme sheet; the rest repeat or total them.</summary>
    public static bool IsItemKind(RowKind kind) => kind is RowKind.Group or RowKind.Line or RowKind.Deduction or RowKind.Subtotal;

    /// <summary>The kind as the Row column writes it ("sub-total").</summary>
    public static string NameOf(RowKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>Reads a Row cell: case, spaces and hyphens do not matter ("Sub-Total", "subtotal").</summary>
    public static RowKind? Parse(string text)
    {
        var wanted = Normalise(text);
        foreach (var (kind, name) in Names)
            if (Normalise(name) == wanted) return kind;
        return null;
    }

    private static string Normalise(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u2010' or '\u2013'))).ToLowerInvariant();
}
