using System.Globalization;

namespace ReportGen.Writers.Docx;

/// <summary>
/// A forward-only XML writer for the package's parts, into a growable character buffer. Names are written as given
/// ("w:p"), so there is no namespace bookkeeping; text and attribute values are escaped, and a character XML 1.0
/// cannot carry (which <see cref="SafeText"/> has already replaced and reported) becomes U+FFFD rather than a part
/// no reader can open. Cheaper to start than the Open XML SDK's typed elements or System.Xml's writers, which cost
/// more to load and compile than the whole paper costs to write. The workbook's parts use it too, in the form
/// System.Xml writes (see the constructor).
/// </summary>
internal sealed class WordXml
{
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";
    /// <summary>The declaration System.Xml's writer gives a part: the workbook's, as the Open XML SDK wrote them.</summary>
    public const string PlainDeclaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    public const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private char[] buffer = new char[4096];
    private readonly Stack<string> open = new();
    private readonly bool systemXml;
    // True between "<name" and the ">" that the first child or text will need.
    private bool startPending;

    /// <param name="systemXml">
    /// Write as System.Xml's writer (which the Open XML SDK used) does: " />" closes an empty element, empty text
    /// leaves it empty, and a line break in text (CR LF, or CR alone) is written as LF. The workbook keeps, byte for
    /// byte, the parts the SDK wrote; Word's parts keep the shorter form.
    /// </param>
    public WordXml(bool systemXml = false) => this.systemXml = systemXml;

    /// <summary>How many characters have been written: an offset <see cref="WriteTo"/> can splice at.</summary>
    public int Length { get; private set; }

    /// <summary>A WordprocessingML part: the declaration and its root element, open, declaring the w: namespace.</summary>
    public static WordXml Part(string root) => new WordXml().Raw(Declaration).Start(root).Attr("xmlns:w", Main);

    public WordXml Start(string name)
    {
        CloseStart();
        Append('<');
        Append(name);
        open.Push(name);
        startPending = true;
        return this;
    }

    public WordXml Attr(string name, string value)
    {
        Append(' ');
        Append(name);
        Append("=\"");
        Escape(value, attribute: true);
        Append('"');
        return this;
    }

    public WordXml Attr(string name, int value) => Attr(name, value.ToString(CultureInfo.InvariantCulture));

    public WordXml Attr(string name, bool value) => Attr(name, value ? "true" : "false");

    /// <summary>Closes the innermost element: "/>" when it has nothing inside.</summary>
    public WordXml End()
    {
        var name = open.Pop();
        if (startPending)
        {
            Append(systemXml ? " />" : "/>");
            startPending = false;
        }
        else
        {
            Append("</");
            Append(name);
            Append('>');
        }
        return this;
    }

    /// <summary>An element with no content: &lt;name/&gt;.</summary>
    public WordXml Empty(string name) => Start(name).End();

    /// <summary>An element with one w:val attribute and no content, the commonest shape in WordprocessingML.</summary>
    public WordXml Val(string name, string value) => Start(name).Attr("w:val", value).End();

    public WordXml Val(string name, int value) => Start(name).Attr("w:val", value).End();

    /// <summary>An element holding only <paramref name="text"/>.</summary>
    public WordXml Element(string name, string text) => Start(name).Text(text).End();

    public WordXml Text(string text)
    {
        if (systemXml && text.Length == 0) return this;
        CloseStart();
        Escape(text, attribute: false);
        return this;
    }

    /// <summary>Markup written as it is: only for constants of our own.</summary>
    public WordXml Raw(string markup)
    {
        CloseStart();
        Append(markup);
        return this;
    }

    /// <summary>Writes characters [<paramref name="start"/>, <paramref name="end"/>) of what has been written.</summary>
    public void WriteTo(TextWriter output, int start, int end) => output.Write(buffer.AsSpan(start, end - start));

    private void CloseStart()
    {
        if (!startPending) return;
        Append('>');
        startPending = false;
    }

    private void Escape(string text, bool attribute)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            if (c >= '?' && c < '\uD800') continue; // the common case: nothing below '?' or from the surrogates up
            if (c is >= '\uD800' and <= '\uDBFF' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                // Always escaped, so "]]>" never appears in text.
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                // System.Xml writes a line break in text as LF (as a reader would read a raw CR): dropped before an LF.
                '\r' when systemXml && !attribute => i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n",
                // A reader would turn a raw CR (and, in an attribute, tab and LF) into other white space.
                '\r' => "&#xD;",
                '\n' when attribute => "&#xA;",
                '\t' when attribute => "&#x9;",
                '\t' or '\n' => null,
                < ' ' or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF' => "\uFFFD",
                _ => null,
            };
            if (replacement is null) continue;
            Append(text.AsSpan(run, i - run));
            Append(replacement);
            run = i + 1;
        }
        Append(text.AsSpan(run));
    }

    private void Append(char c)
    {
        if (Length == buffer.Length) Grow(1);
        buffer[Length++] = c;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > buffer.Length) Grow(text.Length);
        text.CopyTo(buffer.AsSpan(Length));
        Length += text.Length;
    }

    private void Grow(int more)
    {
        var bigger = new char[Math.Max(buffer.Length * 2, Length + more)];
        buffer.AsSpan(0, Length).CopyTo(bigger);
        buffer = bigger;
    }
}
