using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>Text state (ISO 32000-1 §9.3, §9.4): enough to know each text-showing operator's font and where its line is.</summary>
internal sealed partial class ContentWalker
{
    /// <summary>The graphics state the checker tracks; q saves it, Q restores it.</summary>
    private sealed record GraphicsState(Matrix Ctm, FontInfo? Font, double FontSize, double Leading, int RenderMode);

    private readonly Stack<GraphicsState> states = new();
    private GraphicsState state = new(Matrix.Identity, null, 0, 0, 0);
    private Matrix textMatrix = Matrix.Identity;
    private Matrix lineMatrix = Matrix.Identity;

    private void TextState(string op, List<CosObject> operands)
    {
        double Number(int fromEnd) => operands.Count >= fromEnd && operands[^fromEnd] is CosNumber n ? n.Value : 0;
        switch (op)
        {
            case "Tf":
                var font = operands.Count >= 2 && operands[^2] is CosName name ? context.Fonts.Find(context.File, resources, name.Value) : null;
                state = state with { Font = font, FontSize = Number(1) };
                return;
            case "Td":
                MoveLine(Number(2), Number(1));
                return;
            case "TD":
                state = state with { Leading = -Number(1) };
                MoveLine(Number(2), Number(1));
                return;
            case "Tm":
                if (MatrixOperand(operands) is { } m) textMatrix = lineMatrix = m;
                return;
            case "T*":
                MoveLine(0, -state.Leading);
                return;
            case "TL":
                state = state with { Leading = Number(1) };
                return;
            case "Tr":
                state = state with { RenderMode = (int)Number(1) };
                return;
        }
    }

    private void MoveLine(double tx, double ty)
    {
        lineMatrix = new Matrix(1, 0, 0, 1, tx, ty).Times(lineMatrix);
        textMatrix = lineMatrix;
    }

    private void ShowText(string op, List<CosObject> operands, int offset)
    {
        if (op is "'" or "\"") MoveLine(0, -state.Leading);
        Paint(op, offset);
        var strings = op == "TJ"
            ? (operands.LastOrDefault() as CosArray)?.Items.OfType<CosString>().ToList() ?? []
            : operands.LastOrDefault() is CosString single ? [single] : [];
        if (state.Font is not { } font) return;
        if (state.RenderMode != 3) font.RenderedVisibly = true;
        var text = string.Concat(strings.Select(s => font.Decode(s.Bytes)));
        if (Current() is not (MarkKind.Tagged, { } mcid, _) || text.Length == 0) return;
        var placed = textMatrix.Times(state.Ctm);
        var length = Math.Sqrt(placed.A * placed.A + placed.B * placed.B);
        var (dx, dy) = length > 0 ? (placed.A / length, placed.B / length) : (1.0, 0.0);
        var size = Math.Abs(state.FontSize) * Math.Sqrt(placed.C * placed.C + placed.D * placed.D);
        if (!context.Content.Runs.TryGetValue((owner, mcid), out var runs)) context.Content.Runs[(owner, mcid)] = runs = [];
        runs.Add(new TextRun(text, placed.E, placed.F, dx, dy, size, InActualText(), page.Number));
    }
}
