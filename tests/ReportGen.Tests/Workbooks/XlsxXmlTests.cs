using System.Globalization;
using System.Xml;
using ReportGen.Workbooks.Export;
using ReportGen.Writers.Docx;

namespace ReportGen.Tests.Workbooks;

/// <summary>
/// The workbook's parts are written as System.Xml's writer — which the Open XML SDK used — wrote them, so the
/// workbook kept its bytes when the SDK went: every UTF-16 code unit XML can carry, and every kind of line break,
/// escaped the same in text and in attributes; empty elements and empty text the same.
/// </summary>
public class XlsxXmlTests
{
    [Fact]
    public void Text_and_attributes_are_escaped_as_System_Xml_escapes_them()
    {
        var samples = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(XmlConvert.IsXmlChar).Select(c => $"a{c}b")
            .Concat(["a\r\nb", "\r", "\n", "\r\r\n\n", "a\U0001F600b", "]]>", " lead and trail "]);
        var differences = new List<string>();
        foreach (var sample in samples)
        {
            var ours = Ours(xml => xml.Start("x:c").Attr("v", sample).Text(sample).End());
            var theirs = Theirs(writer =>
            {
                writer.WriteStartElement("x", "c", XlsxXml.Main);
                writer.WriteAttributeString("v", sample);
                writer.WriteString(sample);
                writer.WriteEndElement();
            });
            if (ours != theirs) differences.Add($"U+{(int)sample[Math.Min(1, sample.Length - 1)]:X4}: {ours} / {theirs}");
        }
        Assert.Empty(differences);
    }

    [Fact]
    public void Empty_elements_and_empty_text_are_written_as_System_Xml_writes_them()
    {
        var ours = Ours(xml => xml.Start("x:c").Empty("x:v").Start("x:t").Text("").End().End());
        var theirs = Theirs(writer =>
        {
            writer.WriteStartElement("x", "c", XlsxXml.Main);
            writer.WriteStartElement("x", "v", XlsxXml.Main);
            writer.WriteEndElement();
            writer.WriteStartElement("x", "t", XlsxXml.Main);
            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        Assert.Equal(theirs, ours);
    }

    private static string Ours(Action<WordXml> write)
    {
        var xml = XlsxXml.Part("x:root");
        write(xml);
        xml.End();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        xml.WriteTo(text, 0, xml.Length);
        return text.ToString();
    }

    // The SDK's settings, but for the line break, which it took from the platform: the workbook has LF on every platform.
    private static string Theirs(Action<XmlWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { NewLineChars = "\n" }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("x", "root", XlsxXml.Main);
            write(writer);
            writer.WriteEndElement();
        }
        // A StringWriter is UTF-16; the parts say utf-8, as the SDK's stream did.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
