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
    private int currentStream;

    private ContentWalker(CheckContext context, PageInfo page, int owner, CosDict? resources, MarkKind outer, int formDepth)
    {
        this.context = context;
        this.page = page;
        this.owner = owner;
        this.resources = resources;
        this.outer = outer;
        this.formDepth = formDepth;
    }

    /// <summary>Walks a page's content streams, one after another with the state carried over: ISO 32000-1 §14.6 reads
    /// a /Contents array as one stream. Each is decoded only when its turn comes, so a page costs one stream's memory.</summary>
    public static void WalkPage(CheckContext context, PageInfo page)
    {
        var streams = context.File.Get(page.Dictionary, "Contents") switch
        {
            CosArray array => array.Items.Select(item => (CosAccess.RefNumber(item) ?? page.ObjectNumber, context.File.Resolve(item) as CosStream)).ToList(),
            CosStream single => [(CosAccess.RefNumber(page.Dictionary["Contents"]) ?? page.ObjectNumber, single)],
            _ => [],
        };
        var walker = new ContentWalker(context, page, page.ObjectNumber, page.Resources, MarkKind.None, 0);
        foreach (var (number, stream) in streams)
            if (stream is not null && StreamDecoder.Decode(context.File, stream).Data is { } data)
                walker.Run(data, number);
        walker.EndOfStream();
    }

    private void Run(byte[] data, int streamNumber)
    {
        currentStream = streamNumber;
        var reader = new ContentReader(data, context.File.Budget);
        try
        {
            while (reader.Next()) Dispatch(reader.Operator, reader.Operands, reader.Offset);
        }
        catch (CosSyntaxException ex)
        {
            context.Findings.Add(CheckRules.MalformedObject, $"the content stream cannot be read past this point: {ex.Message}", page.Number, currentStream, ex.Offset);
        }
        FlushUntagged();
    }

    private void Dispatch(string op, List<CosObject> operands, int offset)
    {
        switch (op)
        {
            case "q": states.Push(state with { }); return;
            case "Q": if (states.Count > 0) state = states.Pop(); return;
            case "cm": if (MatrixOperand(operands) is { } m) state = state with { Ctm = m.Times(state.Ctm) }; return;
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

    private static Matrix? MatrixOperand(List<CosObject> operands) =>
        operands.Count >= 6 && operands.TakeLast(6).All(o => o is CosNumber)
            ? operands.TakeLast(6).Cast<CosNumber>().Select(n => n.Value).ToArray() is var v ? new Matrix(v[0], v[1], v[2], v[3], v[4], v[5]) : null
            : null;
}
