using System.Collections.Immutable;

namespace ReportGen.Writers.Pdf.Layout;

/// <summary>Something the paginator places: text, a table, a forced page break, or a zero-height mark.</summary>
internal abstract record FlowItem;

/// <summary>A structure tag, bookmark or anchor: takes no space, goes with the content that follows it.</summary>
internal sealed record MarkItem(Op Op) : FlowItem;

/// <summary>A list label ("4.", "•"), drawn on the baseline of the next line of text.</summary>
internal sealed record LabelItem(Segment Label, double X) : FlowItem;

/// <summary>Lines of text at indent <paramref name="X"/>; a heading keeps with what follows.</summary>
internal sealed record TextItem(ImmutableArray<Line> Lines, double X, double SpaceBefore, double SpaceAfter, bool KeepWithNext) : FlowItem;

/// <summary>A laid-out table.</summary>
internal sealed record TableItem(LaidTable Table, double SpaceBefore, double SpaceAfter) : FlowItem;

/// <summary>Vertical space; dropped at the top of a page.</summary>
internal sealed record SpaceItem(double Height) : FlowItem;

/// <summary>Start a new page here (an appendix, a "continued" page).</summary>
internal sealed record BreakItem : FlowItem;

/// <summary>A table with its column positions and rows measured.</summary>
internal sealed record LaidTable(string? Caption, ImmutableArray<double> ColumnX, ImmutableArray<double> ColumnWidths,
    ImmutableArray<LaidRow> Header, ImmutableArray<LaidRow> Body);

/// <summary>A measured row: its cells' lines, their alignment, and the row's height.</summary>
internal sealed record LaidRow(Documents.RowKind Kind, ImmutableArray<LaidCell> Cells, double Height, bool IsHeader);

/// <summary>A cell's lines and alignment.</summary>
internal sealed record LaidCell(ImmutableArray<Line> Lines, Documents.ColumnAlignment Alignment);
