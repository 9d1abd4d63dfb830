using ReportGen.Checking.Content;
using ReportGen.Checking.Cos;
using ReportGen.Checking.Document;
using ReportGen.Checking.Structure;

namespace ReportGen.Checking;

/// <summary>What the rules share while checking one file: the parsed file, the pages, the structure tree, what the
/// content streams were seen to do, and where findings go.</summary>
internal sealed class CheckContext(CosFile file, CosDict catalog, FindingSink findings)
{
    public CosFile File { get; } = file;

    public CosDict Catalog { get; } = catalog;

    public FindingSink Findings { get; } = findings;

    private Dictionary<int, int> pageNumbers = [];

    public IReadOnlyList<PageInfo> Pages { get; private set; } = [];

    public void SetPages(List<PageInfo> pages)
    {
        Pages = pages;
        pageNumbers = pages.GroupBy(p => p.ObjectNumber).ToDictionary(g => g.Key, g => g.First().Number);
    }

    public StructTree Structure { get; set; } = StructTree.Empty;

    public ContentFacts Content { get; } = new();

    public FontCatalog Fonts { get; } = new();

    /// <summary>Form XObjects already walked, with the kind of content they were drawn in.</summary>
    public HashSet<(int Form, MarkKind Kind)> Forms { get; } = [];

    /// <summary>Form XObjects that draw something transparent.</summary>
    public HashSet<int> TransparentForms { get; } = [];

    /// <summary>The page number of a page object, if it is one of the document's pages.</summary>
    public int? PageNumberOf(int? objectNumber) =>
        objectNumber is { } n && pageNumbers.TryGetValue(n, out var page) ? page : null;
}
