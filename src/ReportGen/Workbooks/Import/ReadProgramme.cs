namespace ReportGen.Workbooks.Import;

/// <summary>A line as read from a row: where it is, what kind, its id, label and an amount per stored column (null: none).</summary>
internal sealed record ReadLine(KeyedSheet Sheet, int Row, RowKind Kind, string Id, string Label, decimal?[] Amounts, string? OtherProgramme = null);

/// <summary>A group as read: its heading row (if it has one), its lines, and its sub-total row (if it has one).</summary>
internal sealed class ReadGroup(int? row, string? id, string? heading)
{
    public int? Row => row;
    public string? Id => id;
    public string? Heading => heading;
    public List<ReadLine> Lines { get; } = [];
    public int? SubtotalRow { get; set; }
    public string? SubtotalLabel { get; set; }
}

/// <summary>A row of a programme sheet that the table computes or repeats: checked against the imported figures, never read as data.</summary>
/// <param name="Group">For a sub-total, the group it closes.</param>
internal sealed record DerivedRow(int Row, RowKind Kind, string? Id, int Group = -1);

/// <summary>Everything the workbook says about one programme.</summary>
internal sealed class ReadProgramme(int index, KeyedSheet sheet)
{
    /// <summary>The programme's place in the data file.</summary>
    public int Index => index;

    public KeyedSheet Sheet => sheet;

    public List<ReadGroup> Groups { get; } = [];

    public List<DerivedRow> Derived { get; } = [];

    public List<ReadLine> Funding { get; } = [];

    public List<ReadLine> TransfersOut { get; } = [];

    public List<ReadLine> TransfersIn { get; } = [];

    public List<ReadLine> CarryForwards { get; } = [];

    public List<ReadLine> Drawdowns { get; } = [];

    public List<(ReadLine Allocation, ReadLine Funding)> RingFenced { get; } = [];
}
