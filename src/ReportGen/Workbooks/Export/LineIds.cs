using System.Text;
using ReportGen.Model;

namespace ReportGen.Workbooks.Export;

/// <summary>
/// The id each line carries in the workbook. The import matches rows to the data by id, so a line the data gives
/// no id gets one here, made from its programme and label (<c>victims-services-helpline</c>) and unique in the paper;
/// importing the workbook writes it into the data.
/// </summary>
internal sealed class LineIds
{
    private const int MaxLength = 40;
    private readonly Dictionary<object, string> given = new(ReferenceEqualityComparer.Instance);

    public LineIds(BudgetPaper paper)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var programme in paper.Programmes)
        {
            foreach (var group in programme.Groups)
                if (group.Id is { } groupId) used.Add(groupId);
            foreach (var (line, id) in Lines(programme))
                if (id is not null) used.Add(id);
        }
        foreach (var programme in paper.Programmes)
            foreach (var (line, id) in Lines(programme))
                if (id is null) given[line] = Unique(Slug(programme.Id + "-" + Label(line)), used);
    }

    /// <summary>The id of <paramref name="line"/> (a <see cref="BudgetLine"/> or a <see cref="Transfer"/>) in the workbook.</summary>
    public string Of(object line) => line switch
    {
        BudgetLine { Id: { } id } => id,
        Transfer { Id: { } id } => id,
        _ => given[line],
    };

    /// <summary>How many lines were given an id here.</summary>
    public int Added => given.Count;

    private static IEnumerable<(object Line, string? Id)> Lines(Programme p) =>
        p.Items.Select(l => ((object)l, l.Id))
            .Concat(p.Funding.Concat(p.CarryForwards).Concat(p.Drawdowns).Select(l => ((object)l, l.Id)))
            .Concat(p.TransfersOut.Concat(p.TransfersIn).Select(t => ((object)t, t.Id)))
            .Concat(p.RingFenced.SelectMany(r => new[] { ((object)r.Allocation, r.Allocation.Id), ((object)r.Funding, r.Funding.Id) }));

    private static string Label(object line) => line switch { BudgetLine l => l.Label, Transfer t => t.Label, _ => "" };

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Replace("{amount}", "", StringComparison.Ordinal).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
            if (slug.Length >= MaxLength) break;
        }
        return slug.ToString().Trim('-') is { Length: > 0 } s ? s : "line";
    }

    private static string Unique(string stem, HashSet<string> used)
    {
        var id = stem;
        for (var n = 2; !used.Add(id); n++) id = $"{stem[..Math.Min(stem.Length, MaxLength - 4)]}-{n}";
        return id;
    }
}
