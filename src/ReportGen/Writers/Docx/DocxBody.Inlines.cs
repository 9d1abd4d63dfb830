using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ReportGen.Diagnostics;
using ReportGen.Documents;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
using Emphasis = ReportGen.Documents.Emphasis;

namespace ReportGen.Writers.Docx;

internal sealed partial class DocxBody
{
    [Flags]
    private enum RunFormat { None = 0, Bold = 1, Italic = 2 }

    private void AppendInlines(OpenXmlElement parent, IEnumerable<Inline> inlines, RunFormat style, string? characterStyle = null)
    {
        var walk = new InlineWalk(this, parent, style, characterStyle);
        foreach (var inline in inlines) inline.Accept(walk);
    }

    private sealed class InlineWalk(DocxBody body, OpenXmlElement parent, RunFormat style, string? characterStyle) : IInlineVisitor<Done>
    {
        public Done Visit(Documents.Text t)
        {
            parent.Append(Run(style, characterStyle, new Text(body.text.Clean(t.Value, body.Place)) { Space = SpaceProcessingModeValues.Preserve }));
            return Done.Value;
        }

        public Done Visit(Strong s)
        {
            body.AppendInlines(parent, s.Content, style | RunFormat.Bold, characterStyle);
            return Done.Value;
        }

        public Done Visit(Emphasis e)
        {
            body.AppendInlines(parent, e.Content, style | RunFormat.Italic, characterStyle);
            return Done.Value;
        }

        public Done Visit(Link l)
        {
            // Only web and mail links go live; anything else (a script, an in-document #fragment) prints as its text.
            if (SafeLinks.IsSafe(l.Url) && !l.Url.StartsWith('#') && body.HyperlinkId(l.Url) is { } id)
            {
                var hyperlink = new Hyperlink { Id = id, History = true };
                body.AppendInlines(hyperlink, l.Content, style, DocxStyles.Hyperlink);
                parent.Append(hyperlink);
            }
            else
                body.AppendInlines(parent, l.Content, style, characterStyle);
            return Done.Value;
        }

        public Done Visit(ParagraphReference r)
        {
            AppendReference(parent, r, style);
            return Done.Value;
        }

        public Done Visit(LineBreak lineBreak)
        {
            parent.Append(Run(style, characterStyle, new Break()));
            return Done.Value;
        }
    }

    // A REF field to the paragraph's bookmark with \r (its paragraph number) and \h (a link), caching the
    // number we computed: Word shows it at once and updates it when an officer inserts a paragraph.
    private static void AppendReference(OpenXmlElement parent, ParagraphReference reference, RunFormat style)
    {
        parent.Append(Run(style, null, new FieldChar { FieldCharType = FieldCharValues.Begin }));
        parent.Append(Run(style, null, new FieldCode($" REF {ReferenceBookmark(reference.Label)} \\r \\h ") { Space = SpaceProcessingModeValues.Preserve }));
        parent.Append(Run(style, null, new FieldChar { FieldCharType = FieldCharValues.Separate }));
        parent.Append(Run(style, null, new Text(reference.Number.ToString(CultureInfo.InvariantCulture))));
        parent.Append(Run(style, null, new FieldChar { FieldCharType = FieldCharValues.End }));
    }

    private static Run Run(RunFormat style, string? characterStyle, OpenXmlElement content)
    {
        var run = new Run();
        if (style != RunFormat.None || characterStyle is not null)
        {
            var properties = new RunProperties();
            if (characterStyle is not null) properties.Append(new DocumentFormat.OpenXml.Wordprocessing.RunStyle { Val = characterStyle });
            if (style.HasFlag(RunFormat.Bold)) properties.Append(new Bold());
            if (style.HasFlag(RunFormat.Italic)) properties.Append(new Italic());
            run.Append(properties);
        }
        run.Append(content);
        return run;
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
            id = $"rIdLink{hyperlinkIds.Count(h => h.Value is not null) + 1}";
            main.AddHyperlinkRelationship(uri, isExternal: true, id);
        }
        else
            diagnostics.Warning("RG0621", new SourceLocation("DOCX"),
                $"{Place()} links to \"{text.Clean(url, () => "a link address")}\", which is not an address Word can open; the DOCX prints the link's text without the link.");
        hyperlinkIds[url] = id;
        return id;
    }
}
