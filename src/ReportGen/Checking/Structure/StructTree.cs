using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Structure;

/// <summary>A structure element (ISO 32000-1 §14.7.2) as read from the tree.</summary>
internal sealed class StructElement(int? objectNumber, CosDict dictionary, string type, StructElement? parent, int? page)
{
    public int? ObjectNumber { get; } = objectNumber;

    public CosDict Dictionary { get; } = dictionary;

    /// <summary>The type as written (/S).</summary>
    public string Type { get; } = type;

    /// <summary>The standard type after role mapping, or null when it maps to none.</summary>
    public string? StandardType { get; set; }

    public StructElement? Parent { get; } = parent;

    /// <summary>The page object the element's content is on by default (/Pg, inherited from ancestors).</summary>
    public int? Page { get; } = page;

    /// <summary>The kids in order: elements, marked-content references and object references.</summary>
    public List<StructKid> Kids { get; } = [];

    public IEnumerable<StructElement> ChildElements => Kids.OfType<ElementKid>().Select(k => k.Element);
}

/// <summary>A kid of a structure element.</summary>
internal abstract record StructKid;

/// <summary>A child structure element.</summary>
internal sealed record ElementKid(StructElement Element) : StructKid;

/// <summary>Marked content: MCID <paramref name="Mcid"/> in the content stream of <paramref name="Owner"/> (a page, or a
/// form XObject given by /Stm).</summary>
internal sealed record ContentKid(int Owner, int Mcid) : StructKid;

/// <summary>An object reference (OBJR): an annotation or XObject.</summary>
internal sealed record ObjectKid(int ObjectNumber) : StructKid;

/// <summary>The structure tree: elements in document (depth-first) order, and which element owns each piece of content.</summary>
internal sealed class StructTree
{
    public static readonly StructTree Empty = new(null);

    public StructTree(int? rootObjectNumber) => RootObjectNumber = rootObjectNumber;

    public int? RootObjectNumber { get; }

    public List<StructElement> Elements { get; } = [];

    /// <summary>The element each (owner, MCID) belongs to.</summary>
    public Dictionary<(int Owner, int Mcid), StructElement> ByContent { get; } = [];

    /// <summary>The element each referenced object (annotation) belongs to.</summary>
    public Dictionary<int, StructElement> ByObject { get; } = [];

    /// <summary>The role map: non-standard type → the type it maps to.</summary>
    public Dictionary<string, string> RoleMap { get; } = [];
}
