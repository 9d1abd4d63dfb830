using System.Globalization;
using PdfSharp.Drawing;

namespace ReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Writes a page's marked-content operators into PDFsharp's content stream so that every sequence nests
/// properly with the text objects (ISO 32000-1 §14.6: a sequence may not start inside a text object and end
/// outside it). Each sequence begins and ends outside any text object: before BDC/BMC and before EMC the open
/// text object, if any, is ended. At most one sequence is open at a time — tagged (with an MCID) or an artifact
/// — so artifacts never sit inside tagged content or the other way round.
/// </summary>
internal sealed class MarkedContent(XGraphics graphics)
{
    private enum State { None, Tagged, Artifact }

    private State state;

    // Whether text may have been drawn since the last text object was known to end: saving the graphics state to
    // end one costs PDFsharp two state objects, so it is done only when there can be one to end. True at first: the
    // page's first save also writes PDFsharp's own opening q operators, which must come before the first sequence.
    private bool textMayBeOpen = true;

    public bool IsTaggedOpen => state == State.Tagged;

    public bool IsArtifactOpen => state == State.Artifact;

    /// <summary>Told after each string drawn: PDFsharp may now have a text object open.</summary>
    public void TextDrawn() => textMayBeOpen = true;

    public void OpenTagged(string type, int mcid)
    {
        Close();
        Append($"/{type} <</MCID {mcid.ToString(CultureInfo.InvariantCulture)}>> BDC\n");
        state = State.Tagged;
    }

    public void OpenArtifact()
    {
        Close();
        Append("/Artifact BMC\n");
        state = State.Artifact;
    }

    public void Close()
    {
        if (state == State.None) return;
        Append("EMC\n");
        state = State.None;
    }

    private void Append(string operators)
    {
        EndTextObject();
        graphics.Internals.ContentStringBuilder!.Append(operators);
    }

    // PDFsharp keeps a text object open across DrawString calls and ends it only when it next draws graphics.
    // Saving and restoring the graphics state makes it end the text object (and track that it did); the
    // q/Q pair it writes for that changes nothing, so it is taken out again.
    private void EndTextObject()
    {
        if (!textMayBeOpen) return;
        textMayBeOpen = false;
        var content = graphics.Internals.ContentStringBuilder!;
        graphics.Restore(graphics.Save());
        const string pair = "q\nQ\n";
        if (content.Length >= pair.Length && content.ToString(content.Length - pair.Length, pair.Length) == pair)
            content.Length -= pair.Length;
    }
}
