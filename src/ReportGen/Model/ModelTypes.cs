using System.Diagnostics.CodeAnalysis;

namespace ReportGen.Model;

/// <summary>
/// Scriban reads the model by reflection. Under trimming or Native AOT, properties nobody calls are
/// removed and Scriban then renders them empty without a word; these dependencies keep them.
/// </summary>
internal static class ModelTypes
{
    /// <summary>Called once before a template sees the model, so the trimmer keeps what it reads.</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(BudgetPaper))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Meeting))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(ReportDetails))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Person))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Amendment))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PoliceAndCrimePlan))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(FundingSummary))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(SummaryRow))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Programme))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(AppendixTable))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(LineGroup))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(BudgetLine))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(Transfer))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(RingFencedPair))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PublishedProgrammeFigures))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties, typeof(PublishedSummaryFigures))]
    public static void KeepPropertiesForTemplates() { }
}
