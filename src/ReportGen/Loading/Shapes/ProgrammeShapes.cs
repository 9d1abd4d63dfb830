using ReportGen.Model;

namespace ReportGen.Loading.Shapes;

/// <summary>The shapes of a programme and its lines, written like <see cref="BudgetShapes"/>.</summary>
internal static class ProgrammeShapes
{
    public static readonly ObjectShape<Exemption> Exemption = new(m => new()
    {
        Reason = m.Required("reason", Shape.Text),
        InTotals = m.Nullable("in_totals", Shape.Bool),
    });

    public static readonly ObjectShape<BudgetLine> BudgetLine = new(m => new()
    {
        Id = m.Nullable("id", Shape.Text),
        Label = m.Required("label", Shape.Text),
        Amount = m.Required("amount", Shape.Amounts),
        Hidden = m.Optional("hidden", Shape.Bool),
        Deduction = m.Optional("deduction", Shape.Bool),
        Exempt = m.Nullable("exempt", Exemption),
    });

    public static readonly ObjectShape<LineGroup> LineGroup = new(m => new()
    {
        Id = m.Nullable("id", Shape.Text),
        Heading = m.Nullable("heading", Shape.Text),
        SubtotalLabel = m.Nullable("subtotal_label", Shape.Text),
        PublishedSubtotal = m.Nullable("published_subtotal", Shape.Amounts),
        AcknowledgedDifference = m.Nullable("acknowledged_difference", Shape.Acknowledgement),
        Lines = m.Required("lines", Shape.ListOf(BudgetLine)),
    });

    public static readonly ObjectShape<Transfer> Transfer = new(m => new()
    {
        Id = m.Nullable("id", Shape.Text),
        Programme = m.Required("programme", Shape.Text),
        Label = m.Required("label", Shape.Text),
        Amount = m.Required("amount", Shape.Amounts),
    });

    public static readonly ObjectShape<RingFencedPair> RingFencedPair = new(m => new()
    {
        Allocation = m.Required("allocation", BudgetLine),
        Funding = m.Required("funding", BudgetLine),
    });

    public static readonly ObjectShape<AppendixTable> Appendix = new(m => new()
    {
        Heading = m.Nullable("heading", Shape.Text),
        NewPage = m.Optional("new_page", Shape.Bool),
        LabelColumn = m.Optional("label_column", Shape.Text),
        AmountColumn = m.Nullable("amount_column", Shape.Text),
        TotalAllocatedLabel = m.Nullable("total_allocated_label", Shape.Text),
        FundingAvailableLabel = m.Nullable("funding_available_label", Shape.Text),
        TotalLabel = m.Nullable("total_label", Shape.Text),
        UnallocatedLabel = m.Nullable("unallocated_label", Shape.Text),
        OverProgrammedLabel = m.Nullable("over_programmed_label", Shape.Text),
    });

    public static readonly ObjectShape<PublishedProgrammeFigures> PublishedProgramme = new(m => new()
    {
        TotalAllocated = m.Nullable("total_allocated", Shape.Amounts),
        FundingAvailable = m.Nullable("funding_available", Shape.Amounts),
        Total = m.Nullable("total", Shape.Amounts),
        SummaryThousands = m.Nullable("summary_thousands", Shape.Amounts),
        Acknowledged = m.Optional("acknowledged", Shape.MapOf(Shape.Acknowledgement)),
    });

    public static readonly ObjectShape<Programme> Programme = new(m => new()
    {
        Id = m.Required("id", Shape.Text),
        Name = m.Required("name", Shape.Text),
        FundingStream = m.Optional("funding_stream", Shape.Text),
        Appendix = m.Optional("appendix", Appendix),
        Groups = m.Required("groups", Shape.ListOf(LineGroup)),
        Funding = m.Optional("funding", Shape.ListOf(BudgetLine)),
        TransfersOut = m.Optional("transfers_out", Shape.ListOf(Transfer)),
        TransfersIn = m.Optional("transfers_in", Shape.ListOf(Transfer)),
        CarryForwards = m.Optional("carry_forwards", Shape.ListOf(BudgetLine)),
        Drawdowns = m.Optional("drawdowns", Shape.ListOf(BudgetLine)),
        RingFenced = m.Optional("ring_fenced", Shape.ListOf(RingFencedPair)),
        MustBalanceAsWritten = m.Nullable("must_balance", Shape.Bool),
        AcknowledgedDifference = m.Nullable("acknowledged_difference", Shape.Acknowledgement),
        Exempt = m.Nullable("exempt", Exemption),
        Published = m.Nullable("published", PublishedProgramme),
    });
}
