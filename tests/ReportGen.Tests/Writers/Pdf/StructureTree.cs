using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>A tagged PDF's structure tree read with PdfPig's tokens: each element's type, attributes and children.</summary>
internal sealed record StructureNode(string Type, DictionaryToken? Attributes, List<StructureNode> Children)
{
    public IEnumerable<StructureNode> Descendants() => Children.SelectMany(c => c.Descendants().Prepend(c));

    public int Count(string type) => Descendants().Count(n => n.Type == type);

    public string? Attribute(string name) => Attributes?.Data.GetValueOrDefault(name) switch
    {
        NameToken n => n.Data,
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public static StructureNode Read(PdfDocument pdf)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var root = Resolve<DictionaryToken>(pdf, catalog.Data["StructTreeRoot"]);
        return Node(pdf, root, "StructTreeRoot");
    }

    public static DictionaryToken Catalog(PdfDocument pdf) => pdf.Structure.Catalog.CatalogDictionary;

    private static StructureNode Node(PdfDocument pdf, DictionaryToken element, string type)
    {
        var children = new List<StructureNode>();
        if (element.Data.TryGetValue("K", out var kids))
        {
            var resolved = Resolve<IToken>(pdf, kids);
            var list = resolved is ArrayToken array ? array.Data : [resolved];
            foreach (var kid in list.Select(k => Resolve<IToken>(pdf, k)))
                if (kid is DictionaryToken child && child.Data.TryGetValue("S", out var s))
                    children.Add(Node(pdf, child, ((NameToken)s).Data));
        }
        var attributes = element.Data.TryGetValue("A", out var a) ? Resolve<IToken>(pdf, a) as DictionaryToken : null;
        return new StructureNode(type, attributes, children);
    }

    public static T Resolve<T>(PdfDocument pdf, IToken token) where T : class, IToken =>
        token is IndirectReferenceToken reference ? (T)pdf.Structure.GetObject(reference.Data).Data : (T)token;
}
