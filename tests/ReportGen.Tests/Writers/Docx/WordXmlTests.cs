using System.Text;
using ReportGen.Writers.Docx;

namespace ReportGen.Tests.Writers.Docx;

/// <summary>
/// The DOCX writer's own XML writer, read back by System.Xml's strict reader: every UTF-16 code unit, in text and in
/// an attribute, comes back as itself, or as U+FFFD where XML 1.0 cannot carry it — never as a part no reader opens.
/// </summary>
public class WordXmlTests
{
    private static bool XmlCannotCarry(char c) => c is < ' ' and not ('\t' or '\n' or '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';

    [Fact]
    public void Every_character_alone_round_trips_in_text_and_attributes_or_becomes_the_replacement_character()
    {
        var xml = new WordXml().Start("root");
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var value = "x" + (char)c + "y";
            xml.Start("e").Attr("a", value).Text(value).End();
        }
        xml.End();

        // XElement reads with XmlReader's default CheckCharacters: a character XML forbids would throw here.
        var elements = System.Xml.Linq.XElement.Parse(Written(xml), System.Xml.Linq.LoadOptions.PreserveWhitespace).Elements().ToList();
        Assert.Equal(0x10000, elements.Count);
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var expected = "x" + (XmlCannotCarry((char)c) ? '\uFFFD' : (char)c) + "y";
            Assert.Equal(expected, elements[c].Attribute("a")!.Value);
            Assert.Equal(expected, elements[c].Value);
        }
    }

    [Fact]
    public void Markup_in_text_stays_text_and_surrogate_pairs_stay_whole()
    {
        const string hostile = "]]> <w:t>&amp;</w:t> \"quoted\" 'single' \r\n\t 😀 \uDBFF\uDFFF";
        var xml = new WordXml().Start("root").Attr("a", hostile).Text(hostile).End();
        var written = Written(xml);
        Assert.DoesNotContain("]]>", written, StringComparison.Ordinal);
        var element = System.Xml.Linq.XElement.Parse(written, System.Xml.Linq.LoadOptions.PreserveWhitespace);
        Assert.Equal(hostile, element.Attribute("a")!.Value);
        Assert.Equal(hostile, element.Value);
    }

    [Fact]
    public void An_element_with_nothing_inside_closes_itself_and_empty_text_is_written_as_an_open_and_close_tag()
    {
        var xml = new WordXml().Start("a").Empty("b").Val("c", 3).Element("d", "").End();
        Assert.Equal("<a><b/><c w:val=\"3\"/><d></d></a>", Written(xml));
    }

    private static string Written(WordXml xml)
    {
        var text = new StringWriter(new StringBuilder(xml.Length));
        xml.WriteTo(text, 0, xml.Length);
        return text.ToString();
    }
}
