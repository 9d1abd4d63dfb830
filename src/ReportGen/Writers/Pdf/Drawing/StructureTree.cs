using PdfSharp.Pdf;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// The tagged PDF's logical structure (ISO 32000-1 §14.7), built by us rather than PDFsharp's UAManager, whose
/// marked content straddled text objects. A Document element holds the layout's elements in reading order; each
/// element's kids are marked-content ids (MCR dictionaries when on another page than the element's /Pg), child
/// elements and link annotations (OBJR), in the order met. The parent tree maps each page's MCIDs and each
/// annotation back to its element. Elements are kept as small records, not PDFsharp objects — a table of
/// 100,000 rows has 300,000 of them — and written as PDF objects by <see cref="Write"/> after saving.
/// </summary>
internal sealed partial class StructureTree
{
    private readonly List<Element> elements = [];
    private readonly Stack<int> open = new();
    private readonly Dictionary<int, int> resumable = [];
    private readonly List<PdfPage> pages = [];
    private readonly List<List<int>> elementsByMcid = [];
    private readonly List<(int Element, PdfDictionary Annotation, int Page)> annotations = [];

    /// <summary>What a kid is: a marked-content id on a page, a child element, or an annotation.</summary>
    private enum KidKind : byte { Mcid, Element, Annotation }

    private readonly record struct Kid(KidKind Kind, int Value, int Page);

    private sealed class Element(string type, int parent, string? summary, string? scope)
    {
        public string Type { get; } = type;
        public int Parent { get; } = parent;
        public string? Summary { get; } = summary;
        public string? Scope { get; } = scope;
        public int Page { get; set; } = -1;
        public List<Kid> Kids { get; } = [];
    }

    public StructureTree(PdfDocument document)
    {
        elements.Add(new Element("Document", -1, null, null));
        open.Push(0);
        var markInfo = new PdfDictionary(document);
        markInfo.Elements.SetBoolean("/Marked", true);
        // No /Suspects: false is the default, and poppler reports an explicit false as a syntax error.
        document.Internals.Catalog.Elements["/MarkInfo"] = markInfo;
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    /// <summary>The structure type of the innermost open element, for its marked content's tag.</summary>
    public string CurrentType => elements[open.Peek()].Type;

    /// <summary>
    /// Opens an element of <paramref name="type"/> inside the current one; an element opened before with the
    /// same <paramref name="key"/> is opened again instead, so content on a later page joins it.
    /// <paramref name="summary"/> and <paramref name="scope"/> are table attributes.
    /// </summary>
    public void Begin(string type, string? summary = null, string? scope = null, int? key = null)
    {
        if (key is { } k && resumable.TryGetValue(k, out var again))
        {
            open.Push(again);
            return;
        }
        var parent = open.Peek();
        elements.Add(new Element(type, parent, summary, scope));
        var index = elements.Count - 1;
        elements[parent].Kids.Add(new Kid(KidKind.Element, index, -1));
        if (key is { } newKey) resumable[newKey] = index;
        open.Push(index);
    }

    public void End()
    {
        if (open.Count > 1) open.Pop();
    }

    /// <summary>Registers a page: its key in the parent tree is its index; /Tabs /S makes tabbing follow the structure.</summary>
    public int StartPage(PdfPage page)
    {
        pages.Add(page);
        elementsByMcid.Add([]);
        page.Elements.SetInteger("/StructParents", pages.Count - 1);
        page.Elements.SetName("/Tabs", "/S");
        return pages.Count - 1;
    }

    /// <summary>A new marked-content id on the page, belonging to the current element.</summary>
    public int Mark(int page)
    {
        var index = open.Peek();
        var element = elements[index];
        var mcid = elementsByMcid[page].Count;
        elementsByMcid[page].Add(index);
        if (element.Page < 0) element.Page = page;
        element.Kids.Add(new Kid(KidKind.Mcid, mcid, page));
        return mcid;
    }

    /// <summary>Makes an annotation a kid of the current element (an OBJR); its parent-tree key follows the pages'.</summary>
    public void AddAnnotation(PdfDictionary annotation, int page)
    {
        var index = open.Peek();
        elements[index].Kids.Add(new Kid(KidKind.Annotation, annotations.Count, page));
        annotations.Add((index, annotation, page));
    }

    /// <summary>Numbers the annotations in the parent tree, after the pages; call once every page exists, before saving.</summary>
    public void Finish()
    {
        for (var i = 0; i < annotations.Count; i++)
            annotations[i].Annotation.Elements.SetInteger("/StructParent", pages.Count + i);
    }
}
