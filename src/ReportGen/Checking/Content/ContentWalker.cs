using ReportGen.Checking.Cos;
using ReportGen.Checking.Document;

namespace ReportGen.Checking.Content;

/// <summary>The content a form XObject is drawn in: its painting is as tagged as the place it is drawn from.</summary>
internal enum MarkKind { None, Tagged, Artifact }

/// <summary>
/// Interprets one content stream — a page's (its /Contents array read as one stream, as ISO 32000-1 §14.6 says) or a
/// form XObject's — keeping just the state the rules need: marked content and text objects, the text and graphics
/// matrices, the font, and colour and transparency use. Content rules report as they go; document rules get facts.
/// </summary>
internal sealed partial class ContentWalker
{
    private const int MaxFormDepth = 12;
    private static readonly HashSet<string> PathPainting = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*"];

    private readonly CheckContext context;
    private readonly PageInfo page;
    private readonly int owner;
    private readonly CosDict? resources;
    private readonly MarkKind outer;
    private readonly int formDepth;
    private readonly List<(int Start, int ObjectNumber)> segments;

    private ContentWalker(CheckContext context, PageInfo page, int owner, CosDict? resources, MarkKind outer, int formDepth, List<(int Start, int ObjectNumber)> segments)
    {
        this.context = context;
        this.page = page;
        this.owner = owner;
        this.resources = resources;
        this.outer = outer;
        this.formDepth = formDepth;
        this.segments = segments;
    }

    /// <summary>Walks a page's content streams.</summary>
    public static void WalkPage(CheckContext context, PageInfo page)
    {
        var streams = context.File.Get(page.Dictionary, "Contents") switch
        {
            CosArray array => array.Items.Select(item => (CosAccess.RefNumber(item) ?? page.ObjectNumber, context.File.Resolve(item) as CosStream)).ToList(),
            CosStream single => [(CosAccess.RefNumber(page.Dictionary["Contents"]) ?? page.ObjectNumber, single)],
            _ => [],
        };
        var data = new List<byte>();
        var segments = new List<(int Start, int ObjectNumber)>();
        foreach (var (number, stream) in streams)
        {
            if (stream is null || StreamDecoder.Decode(context.File, stream).Data is not { } bytes) continue;
            segments.Add((data.Count, number));
            data.AddRange(bytes);
            data.Add((byte)'\n');
        }
        new ContentWalker(context, page, page.ObjectNumber, page.Resources, MarkKind.None, 0, segments).Run([.. data]);
    }

    private void Run(byte[] data)
    {
        var reader = new ContentReader(data, context.File.Budget);
        try
        {
            while (reader.Next()) Dispatch(reader.Operator, reader.Operands, reader.Offset);
        }
        catch (CosSyntaxException ex)
        {
            var (objectNumber, offset) = Locate(ex.Offset);
            context.Findings.Add(CheckRules.MalformedObject, $"the content stream cannot be read past this point: {ex.Message}", page.Number, objectNumber, offset);
        }
        FlushUntagged();
        EndOfStream();
    }

    private void Dispatch(string op, List<CosObject> operands, int offset)
    {
        switch (op)
        {
            case "q": states.Push(state with { }); return;
            case "Q": if (states.Count > 0) state = states.Pop(); return;
            case "cm": if (Matrix(operands) is { } m) state = state with { Ctm = m.Times(state.Ctm) }; return;
            case "BT" or "ET" or "BMC" or "BDC" or "EMC": Marks(op, operands, offset); return;
            case "Tf" or "Td" or "TD" or "Tm" or "T*" or "TL" or "Tr": TextState(op, operands); return;
            case "Tj" or "TJ" or "'" or "\"": ShowText(op, operands, offset); return;
            case "rg" or "RG": UseColour("DeviceRGB", op, offset); return;
            case "g" or "G": UseColour("DeviceGray", op, offset); return;
            case "k" or "K": UseColour("DeviceCMYK", op, offset); return;
            case "cs" or "CS": if (operands is [.., CosName space]) UseColourSpace(space, op, offset); return;
            case "gs": if (operands is [.., CosName parameters]) GraphicsStateParameters(parameters.Value); return;
            case "Do": if (operands is [.., CosName xobject]) DrawXObject(xobject.Value, offset); return;
            case "sh": Paint(op, offset); if (operands is [.., CosName shading]) Shading(shading.Value, offset); return;
            case "BI": Paint(op, offset); if (operands is [CosDict image]) InlineImage(image, offset); return;
        }
        if (PathPainting.Contains(op)) Paint(op, offset);
    }

    /// <summary>The content stream object and the offset within it, for an offset into the concatenated contents.</summary>
    private (int ObjectNumber, int Offset) Locate(int offset)
    {
        (int Start, int ObjectNumber) segment = segments.Count > 0 ? segments[0] : (0, owner);
        foreach (var candidate in segments)
            if (candidate.Start <= offset) segment = candidate;
        return (segment.ObjectNumber, offset - segment.Start);
    }

    private static Matrix? Matrix(List<CosObject> operands) =>
        operands.Count >= 6 && operands.TakeLast(6).All(o => o is CosNumber)
            ? operands.TakeLast(6).Cast<CosNumber>().Select(n => n.Value).ToArray() is var v ? new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]) : null
            : null;
}
