using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
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
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Documents.Text t:
                    parent.Append(Run(style, characterStyle, new Text(t.Value) { Space = SpaceProcessingModeValues.Preserve }));
                    break;
                case Strong s:
                    AppendInlines(parent, s.Content, style | RunFormat.Bold, characterStyle);
                    break;
                case Emphasis e:
                    AppendInlines(parent, e.Content, style | RunFormat.Italic, characterStyle);
                    break;
                case Link l when SafeLinks.IsSafe(l.Url) && !l.Url.StartsWith('#'):
                    var hyperlink = new Hyperlink { Id = HyperlinkId(l.Url), History = true };
                    AppendInlines(hyperlink, l.Content, style, DocxStyles.Hyperlink);
                    parent.Append(hyperlink);
                    break;
                case Link other:
                    AppendInlines(parent, other.Content, style, characterStyle);
                    break;
                case ParagraphReference r:
                    AppendReference(parent, r, style);
                    break;
                case LineBreak:
                    parent.Append(Run(style, characterStyle, new Break()));
                    break;
            }
        }
    }

    // A REF field to the paragraph's bookmark with \r (its paragraph number) and \h (a link), caching the
    // number we computed: Word shows it at once and updates it when an officer inserts a paragraph.
    private void AppendReference(OpenXmlElement parent, ParagraphReference reference, RunFormat style)
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

    private string HyperlinkId(string url)
    {
        if (!hyperlinkIds.TryGetValue(url, out var id))
        {
            id = $"rIdLink{hyperlinkIds.Count + 1}";
            main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), isExternal: true, id);
            hyperlinkIds[url] = id;
        }
        return id;
    }
}
