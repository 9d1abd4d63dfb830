using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// The tagged PDF's logical structure (ISO 32000-1 §14.7), built directly rather than through PDFsharp's
/// UAManager, whose marked content straddled text objects. A Document element holds the layout's elements in
/// reading order; each element's kids are its marked-content ids (MCR dictionaries when on another page than
/// the element's /Pg), child elements and link annotations (OBJR), in the order met. The parent tree maps each
/// page's MCIDs and each annotation back to its element.
/// </summary>
internal sealed class StructureTree
{
    private readonly PdfDocument document;
    private readonly PdfDictionary root;
    private readonly Stack<Element> open = new();
    private readonly Dictionary<int, Element> resumable = [];
    private readonly List<(int Key, PdfItem Value)> parents = [];
    private int nextParentKey;

    private sealed record Element(PdfDictionary Dictionary, PdfArray Kids, string Type)
    {
        public PdfPage? Page { get; set; }
    }

    /// <summary>What one page needs: its parent-tree array, indexed by MCID.</summary>
    public sealed record PageEntry(PdfPage Page, PdfArray ElementsByMcid);

    public StructureTree(PdfDocument document)
    {
        this.document = document;
        root = Indirect();
        root.Elements.SetName("/Type", "/StructTreeRoot");
        var top = Create("Document", parentDictionary: root, parentKids: null);
        root.Elements.SetReference("/K", top.Dictionary);
        open.Push(top);

        var catalog = document.Internals.Catalog;
        catalog.Elements.SetReference("/StructTreeRoot", root);
        var markInfo = new PdfDictionary(document);
        markInfo.Elements.SetBoolean("/Marked", true);
        // No /Suspects: false is the default, and poppler reports an explicit false as a syntax error.
        catalog.Elements["/MarkInfo"] = markInfo;
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The structure type of the innermost open element, for its marked content's tag.</summary>
    public string CurrentType => open.Peek().Type;

    /// <summary>
    /// Opens an element of <paramref name="type"/> inside the current one; an element opened before with the
    /// same <paramref name="key"/> is opened again instead, so content on a later page joins it.
    /// </summary>
    public void Begin(string type, PdfDictionary? attributes = null, int? key = null)
    {
        if (key is { } k && resumable.TryGetValue(k, out var again))
        {
            open.Push(again);
            return;
        }
        var parent = open.Peek();
        var element = Create(type, parent.Dictionary, parent.Kids);
        if (attributes is not null) element.Dictionary.Elements["/A"] = attributes;
        if (key is { } newKey) resumable[newKey] = element;
        open.Push(element);
    }

    public void End()
    {
        if (open.Count > 1) open.Pop();
    }

    /// <summary>Registers a page: its key in the parent tree, and /Tabs /S so tabbing follows the structure.</summary>
    public PageEntry StartPage(PdfPage page)
    {
        var entry = new PageEntry(page, new PdfArray(document));
        page.Elements.SetInteger("/StructParents", nextParentKey);
        page.Elements.SetName("/Tabs", "/S");
        parents.Add((nextParentKey++, entry.ElementsByMcid));
        return entry;
    }

    /// <summary>A new marked-content id on the page, belonging to the current element.</summary>
    public int Mark(PageEntry page)
    {
        var element = open.Peek();
        var mcid = page.ElementsByMcid.Elements.Count;
        page.ElementsByMcid.Elements.Add(element.Dictionary.Reference!);
        if (element.Page is null)
        {
            element.Page = page.Page;
            element.Dictionary.Elements.SetReference("/Pg", page.Page);
        }
        if (ReferenceEquals(element.Page, page.Page))
            element.Kids.Elements.Add(new PdfInteger(mcid));
        else
        {
            var reference = new PdfDictionary(document);
            reference.Elements.SetName("/Type", "/MCR");
            reference.Elements.SetReference("/Pg", page.Page);
            reference.Elements.SetInteger("/MCID", mcid);
            element.Kids.Elements.Add(reference);
        }
        return mcid;
    }

    /// <summary>Makes an annotation a kid of the current element (an OBJR) and points the parent tree back at it.</summary>
    public void AddAnnotation(PdfDictionary annotation, PdfPage page)
    {
        var element = open.Peek();
        var objectReference = new PdfDictionary(document);
        objectReference.Elements.SetName("/Type", "/OBJR");
        objectReference.Elements.SetReference("/Obj", annotation);
        objectReference.Elements.SetReference("/Pg", page);
        element.Kids.Elements.Add(objectReference);
        annotation.Elements.SetInteger("/StructParent", nextParentKey);
        parents.Add((nextParentKey++, element.Dictionary.Reference!));
    }

    /// <summary>Writes the parent tree once every page and annotation is known.</summary>
    public void Finish()
    {
        var numbers = new PdfArray(document);
        foreach (var (key, value) in parents)
        {
            numbers.Elements.Add(new PdfInteger(key));
            numbers.Elements.Add(value);
        }
        var tree = Indirect();
        tree.Elements["/Nums"] = numbers;
        root.Elements.SetReference("/ParentTree", tree);
        root.Elements.SetInteger("/ParentTreeNextKey", nextParentKey);
    }

    private Element Create(string type, PdfDictionary parentDictionary, PdfArray? parentKids)
    {
        var dictionary = Indirect();
        dictionary.Elements.SetName("/Type", "/StructElem");
        dictionary.Elements.SetName("/S", "/" + type);
        dictionary.Elements.SetReference("/P", parentDictionary);
        var kids = new PdfArray(document);
        dictionary.Elements["/K"] = kids;
        parentKids?.Elements.Add(dictionary.Reference!);
        return new Element(dictionary, kids, type);
    }

    private PdfDictionary Indirect()
    {
        var dictionary = new PdfDictionary(document);
        document.Internals.AddObject(dictionary);
        return dictionary;
    }
}
