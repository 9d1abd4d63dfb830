using System.Globalization;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using Emphasis = ReportGen.Documents.Emphasis;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxBody
{
    [Flags]
    private enum RunFormat { None = 0, Bold = 1, Italic = 2 }

    private readonly Dictionary<string, string?> hyperlinkIds = new(StringComparer.Ordinal);

    /// <summary>The body's external links, in the order of their ids, for the document's relationships.</summary>
    public List<DocxPackage.Relationship> Hyperlinks { get; } = [];

    private void WriteInlines(IEnumerable<Inline> inlines, RunFormat style, string? characterStyle = null)
    {
        var walk = new InlineWalk(this, style, characterStyle);
        foreach (var inline in inlines) inline.Accept(walk);
    }

    private sealed class InlineWalk(DocxBody body, RunFormat style, string? characterStyle) : IInlineVisitor<Done>
    {
        private WordXml Xml => body.xml;

        public Done Visit(Documents.Text t)
        {
            body.StartRun(style, characterStyle).Start("w:t").Attr("xml:space", "preserve").Text(body.text.Clean(t.Value, body.Place)).End().End();
            return Done.Value;
        }

        public Done Visit(Strong s)
        {
            body.WriteInlines(s.Content, style | RunFormat.Bold, characterStyle);
            return Done.Value;
        }

        public Done Visit(Emphasis e)
        {
            body.WriteInlines(e.Content, style | RunFormat.Italic, characterStyle);
            return Done.Value;
        }

        public Done Visit(Link l)
        {
            // Only web and mail links go live; anything else (a script, an in-document #fragment) prints as its text.
            if (SafeLinks.IsSafe(l.Url) && !l.Url.StartsWith('#') && body.HyperlinkId(l.Url) is { } id)
            {
                // The r: namespace declared where it is used, as the Open XML SDK wrote it.
                Xml.Start("w:hyperlink").Attr("w:history", true).Attr("r:id", id).Attr("xmlns:r", WordXml.Relationships);
                body.WriteInlines(l.Content, style, DocxStyles.Hyperlink);
                Xml.End();
            }
            else
                body.WriteInlines(l.Content, style, characterStyle);
            return Done.Value;
        }

        public Done Visit(ParagraphReference r)
        {
            body.WriteReference(r, style);
            return Done.Value;
        }

        public Done Visit(LineBreak lineBreak)
        {
            body.StartRun(style, characterStyle).Empty("w:br").End();
            return Done.Value;
        }
    }

    // A REF field to the paragraph's bookmark with \r (its paragraph number) and \h (a link), caching the
    // number we computed: Word shows it at once and updates it when an officer inserts a paragraph.
    private void WriteReference(ParagraphReference reference, RunFormat style)
    {
        StartRun(style, null).Start("w:fldChar").Attr("w:fldCharType", "begin").End().End();
        StartRun(style, null).Start("w:instrText").Attr("xml:space", "preserve").Text($" REF {ReferenceBookmark(reference.Label)} \\r \\h ").End().End();
        StartRun(style, null).Start("w:fldChar").Attr("w:fldCharType", "separate").End().End();
        StartRun(style, null).Element("w:t", reference.Number.ToString(CultureInfo.InvariantCulture)).End();
        StartRun(style, null).Start("w:fldChar").Attr("w:fldCharType", "end").End().End();
    }

    /// <summary>Opens a run with its character style and bold or italic, the only run formatting the body has.</summary>
    private WordXml StartRun(RunFormat style, string? characterStyle)
    {
        xml.Start("w:r");
        if (style == RunFormat.None && characterStyle is null) return xml;
        xml.Start("w:rPr");
        if (characterStyle is not null) xml.Val("w:rStyle", characterStyle);
        if (style.HasFlag(RunFormat.Bold)) xml.Empty("w:b");
        if (style.HasFlag(RunFormat.Italic)) xml.Empty("w:i");
        return xml.End();
    }

    // The relationship id of a link, or null when Word could not open it (no host, a character a URI cannot
    // hold): then the link text prints alone, and a warning says so.
    private string? HyperlinkId(string url)
    {
        if (hyperlinkIds.TryGetValue(url, out var known)) return known;
        string? id = null;
        if (SafeText.FirstBad(url) < 0 && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeMailto || uri.Host.Length > 0))
        {
            id = $"rIdLink{Hyperlinks.Count + 1}";
            Hyperlinks.Add(new DocxPackage.Relationship(id, "hyperlink", uri.OriginalString, External: true));
        }
        else
            diagnostics.Warning("RG0621", new SourceLocation("DOCX"),
                $"{Place()} links to \"{text.Clean(url, () => "a link address")}\", which is not an address Word can open; the DOCX prints the link's text without the link.");
        hyperlinkIds[url] = id;
        return id;
    }
}
