using ReportGen.Checking.Cos;

namespace ReportGen.Checking.Content;

/// <summary>Marked content against text objects (ISO 32000-1 §14.6.1) and against the structure tree (PDF/UA-1 7.1).</summary>
internal sealed partial class ContentWalker
{
    /// <summary>An open marked-content sequence: its tag, MCID, and the text object it began in (0 = none).</summary>
    private sealed record Mark(string Tag, int? Mcid, bool Known, bool ActualText, int TextObject, int Stream, int Offset)
    {
        public bool IsArtifact => Tag == "Artifact";
    }

    private readonly Stack<Mark> marks = new();
    private int textObjects;
    private int currentText;
    private (int Stream, int Offset, string Reason, List<string> Operators, int Count)? untagged;

    private void Marks(string op, List<CosObject> operands, int offset)
    {
        switch (op)
        {
            case "BT":
                currentText = ++textObjects;
                textMatrix = lineMatrix = Matrix.Identity;
                return;
            case "ET":
                currentText = 0;
                return;
            case "EMC":
                if (!marks.TryPop(out var mark))
                {
                    Report(CheckRules.MarkedContentUnbalanced, "EMC with no marked-content sequence open", offset);
                    return;
                }
                if (mark.TextObject != currentText) Straddle(mark, offset);
                return;
        }
        var tag = operands.FirstOrDefault() is CosName name ? name.Value : "";
        var properties = op == "BDC" ? Properties(operands.ElementAtOrDefault(1)) : null;
        int? mcid = context.File.Get(properties, "MCID") is CosNumber n ? n.AsInt : null;
        var kind = Current();
        if (tag == "Artifact" && kind.Kind == MarkKind.Tagged)
            Report(CheckRules.ArtifactInTaggedContent, $"an Artifact begins inside tagged content (MCID {kind.Mcid})", offset);
        if (mcid is not null && kind.Kind == MarkKind.Artifact)
            Report(CheckRules.TaggedContentInArtifact, $"marked content with MCID {mcid} begins inside an Artifact", offset);
        var known = mcid is { } id && context.Structure.ByContent.ContainsKey((owner, id));
        marks.Push(new Mark(tag, mcid, known, properties?.Has("ActualText") == true, currentText, currentStream, offset));
    }

    private CosDict? Properties(CosObject? operand) => operand switch
    {
        CosDict inline => inline,
        CosName name => context.File.GetDict(context.File.GetDict(resources, "Properties"), name.Value),
        _ => null,
    };

    private void Straddle(Mark mark, int offset)
    {
        var began = mark.TextObject == 0 ? "outside any text object" : "inside a text object";
        var ended = currentText == 0 ? "outside it" : mark.TextObject == 0 ? "inside a text object" : "inside another text object";
        var label = mark.Mcid is { } id ? $"/{mark.Tag} (MCID {id})" : $"/{mark.Tag}";
        context.Findings.Add(CheckRules.MarkedContentStraddlesText,
            $"marked content {label} begins {began} and ends {ended} (EMC at {Where(offset, mark.Stream)}): BT/ET and BDC/EMC must nest",
            page.Number, mark.Stream, mark.Offset);
    }

    /// <summary>The innermost meaning of the current position: artifact, tagged (and its MCID), or neither.</summary>
    private (MarkKind Kind, int? Mcid, bool Known) Current()
    {
        foreach (var mark in marks)
        {
            if (mark.IsArtifact) return (MarkKind.Artifact, null, true);
            if (mark.Mcid is { } id) return (MarkKind.Tagged, id, mark.Known);
        }
        return (outer, null, true);
    }

    private bool InActualText() => marks.Any(m => m.ActualText);

    /// <summary>A painting operator: fine in an artifact or in tagged content the structure tree refers to.</summary>
    private void Paint(string op, int offset)
    {
        var (kind, mcid, known) = Current();
        string? reason = kind switch
        {
            MarkKind.None => "outside tagged content or an artifact",
            MarkKind.Tagged when !known => $"in marked content with MCID {mcid}, which no structure element refers to",
            _ => null,
        };
        if (reason is null || untagged?.Reason != reason) FlushUntagged();
        if (reason is null) return;
        untagged ??= (currentStream, offset, reason, [], 0);
        var run = untagged.Value;
        if (!run.Operators.Contains(op) && run.Operators.Count < 6) run.Operators.Add(op);
        untagged = run with { Count = run.Count + 1 };
    }

    private void FlushUntagged()
    {
        if (untagged is not { } run) return;
        untagged = null;
        context.Findings.Add(CheckRules.UntaggedContent, $"{run.Count} painting operator(s) ({string.Join(", ", run.Operators)}) {run.Reason}", page.Number, run.Stream, run.Offset);
    }

    private void EndOfStream()
    {
        if (marks.Count == 0) return;
        var first = marks.Last();
        context.Findings.Add(CheckRules.MarkedContentUnbalanced,
            $"{marks.Count} marked-content sequence(s) still open at the end of the content stream (first: /{first.Tag})", page.Number, first.Stream, first.Offset);
    }

    private void Report(CheckRule rule, string message, int offset) => context.Findings.Add(rule, message, page.Number, currentStream, offset);

    /// <summary>"offset 289", or "offset 12 of obj 31" when that is another stream of the page.</summary>
    private string Where(int offset, int otherStream) => otherStream == currentStream ? $"offset {offset}" : $"offset {offset} of obj {currentStream}";
}
