using System.Text;

namespace ReportGen.Tests.Checking;

/// <summary>
/// A small tagged PDF that passes every check: a heading, a paragraph over two lines, a one-row table with a scoped
/// header cell, a one-item list, a link with its annotation, an artifact rule, an embedded Identity-H font with a
/// ToUnicode map, an sRGB OutputIntent, XMP claiming PDF/A-2a and PDF/UA-1, and a bookmark. Each constant names an object.
/// </summary>
internal static class CleanPdf
{
    public const int Catalog = 1, Pages = 2, Page = 3, Content = 4, Font = 5, CidFont = 6, Descriptor = 7, FontFile = 8, ToUnicode = 9;
    public const int StructRoot = 10, ParentTree = 11, Document = 12, H1 = 13, P = 14, Table = 15, Tr = 16, Th = 17, Td = 18;
    public const int L = 19, Li = 20, Lbl = 21, LBody = 22, Link = 23, LinkAnnot = 24, Metadata = 25, Profile = 26, Info = 27, Outlines = 28, Bookmark = 29;

    public const string Title = "Clean tagged test";

    public static MiniPdf Create()
    {
        var pdf = new MiniPdf { Trailer = $"/Root {Catalog} 0 R /Info {Info} 0 R" };
        pdf.Set(Catalog, $"<< /Type /Catalog /Pages {Pages} 0 R /Lang (en-GB) /MarkInfo << /Marked true >> /ViewerPreferences << /DisplayDocTitle true >> " +
                         $"/StructTreeRoot {StructRoot} 0 R /Metadata {Metadata} 0 R /Outlines {Outlines} 0 R " +
                         $"/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /DestOutputProfile {Profile} 0 R >>] >>");
        pdf.Set(Pages, $"<< /Type /Pages /Kids [{Page} 0 R] /Count 1 >>");
        pdf.Set(Page, $"<< /Type /Page /Parent {Pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {Font} 0 R >> >> " +
                      $"/Contents {Content} 0 R /StructParents 0 /Tabs /S /Annots [{LinkAnnot} 0 R] >>");
        pdf.SetStream(Content, "", PageContent);
        pdf.Set(Font, $"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+TestSans /Encoding /Identity-H /DescendantFonts [{CidFont} 0 R] /ToUnicode {ToUnicode} 0 R >>");
        pdf.Set(CidFont, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+TestSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
                         $"/FontDescriptor {Descriptor} 0 R /CIDToGIDMap /Identity /DW 500 >>");
        pdf.Set(Descriptor, "<< /Type /FontDescriptor /FontName /ABCDEF+TestSans /Flags 32 /FontBBox [-200 -200 1000 900] /ItalicAngle 0 " +
                            $"/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 {FontFile} 0 R >>");
        pdf.SetStream(FontFile, "/Length1 64 /Filter /FlateDecode", MiniPdf.Flate(new byte[64]));
        pdf.SetStream(ToUnicode, "/Filter /FlateDecode", MiniPdf.Flate(Encoding.ASCII.GetBytes(IdentityCMap)));
        Structure(pdf);
        pdf.Set(LinkAnnot, $"<< /Type /Annot /Subtype /Link /Rect [72 615 160 630] /F 4 /Border [0 0 0] /Contents (Go to the title) /StructParent 1 /Dest [{Page} 0 R /XYZ 72 780 0] >>");
        pdf.SetStream(Metadata, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp(Title)));
        pdf.SetStream(Profile, "/N 3", IccHeader("mntr", "RGB "));
        pdf.Set(Info, $"<< /Title ({Title}) /Producer (ReportGen tests) >>");
        pdf.Set(Outlines, $"<< /Type /Outlines /First {Bookmark} 0 R /Last {Bookmark} 0 R /Count 1 >>");
        pdf.Set(Bookmark, $"<< /Title ({Title}) /Parent {Outlines} 0 R /Dest [{Page} 0 R /XYZ 72 780 0] >>");
        return pdf;
    }

    private static void Structure(MiniPdf pdf)
    {
        string Element(string type, int parent, string kids, string extra = "") => $"<< /Type /StructElem /S /{type} /P {parent} 0 R /Pg {Page} 0 R /K {kids}{extra} >>";
        pdf.Set(StructRoot, $"<< /Type /StructTreeRoot /K {Document} 0 R /ParentTree {ParentTree} 0 R /ParentTreeNextKey 2 >>");
        pdf.Set(ParentTree, $"<< /Nums [0 [{H1} 0 R {P} 0 R {Th} 0 R {Td} 0 R {Lbl} 0 R {LBody} 0 R {Link} 0 R] 1 {Link} 0 R] >>");
        pdf.Set(Document, Element("Document", StructRoot, $"[{H1} 0 R {P} 0 R {Table} 0 R {L} 0 R {Link} 0 R]"));
        pdf.Set(H1, Element("H1", Document, "0"));
        pdf.Set(P, Element("P", Document, "1"));
        pdf.Set(Table, Element("Table", Document, $"[{Tr} 0 R]"));
        pdf.Set(Tr, Element("TR", Table, $"[{Th} 0 R {Td} 0 R]"));
        pdf.Set(Th, Element("TH", Tr, "2", " /A << /O /Table /Scope /Row >>"));
        pdf.Set(Td, Element("TD", Tr, "3"));
        pdf.Set(L, Element("L", Document, $"[{Li} 0 R]"));
        pdf.Set(Li, Element("LI", L, $"[{Lbl} 0 R {LBody} 0 R]"));
        pdf.Set(Lbl, Element("Lbl", Li, "4"));
        pdf.Set(LBody, Element("LBody", Li, "5"));
        pdf.Set(Link, Element("Link", Document, $"[6 << /Type /OBJR /Obj {LinkAnnot} 0 R >>]"));
    }

    /// <summary>The page: an artifact rule, then each piece of tagged text in its own text object.</summary>
    public static string PageContent =>
        "/Artifact BMC\n0 0 0 RG 0.5 w 72 40 m 523 40 l S\nEMC\n" +
        Tagged("H1", 0, $"/F1 18 Tf 72 760 Td {MiniPdf.Hex(Title)} Tj") +
        Tagged("P", 1, $"/F1 11 Tf 72 730 Td {MiniPdf.Hex("The budget ")} Tj 0 -14 Td {MiniPdf.Hex("for the year.")} Tj") +
        Tagged("TH", 2, $"/F1 11 Tf 72 690 Td {MiniPdf.Hex("Line")} Tj") +
        Tagged("TD", 3, $"/F1 11 Tf 200 690 Td {MiniPdf.Hex("100")} Tj") +
        Tagged("Lbl", 4, $"/F1 11 Tf 72 650 Td {MiniPdf.Hex("1.")} Tj") +
        Tagged("LBody", 5, $"/F1 11 Tf 90 650 Td {MiniPdf.Hex("First item")} Tj") +
        Tagged("Link", 6, $"/F1 11 Tf 72 620 Td {MiniPdf.Hex("See the title")} Tj");

    public static string Tagged(string tag, int mcid, string text) => $"/{tag} <</MCID {mcid}>> BDC\nBT 0 0 0 rg {text} ET\nEMC\n";

    private const string IdentityCMap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
        "1 beginbfrange\n<0020> <007E> <0020>\nendbfrange\n2 beginbfchar\n<2013> <2013>\n<2014> <2014>\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    /// <summary>An ICC profile header: enough for the checker, which reads the device class and colour space.</summary>
    public static byte[] IccHeader(string deviceClass, string colourSpace)
    {
        var header = new byte[128];
        header[3] = 128;
        header[8] = 2;
        header[9] = 0x10;
        Encoding.ASCII.GetBytes(deviceClass).CopyTo(header, 12);
        Encoding.ASCII.GetBytes(colourSpace).CopyTo(header, 16);
        Encoding.ASCII.GetBytes("XYZ acsp").CopyTo(header, 20);
        return header;
    }

    public static string Xmp(string title, string identification = PdfUaAndPdfA) =>
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n" +
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n" +
        $"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{title}</rdf:li></rdf:Alt></dc:title>\n</rdf:Description>\n" +
        identification + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";

    public const string PdfUaAndPdfA =
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" +
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance><pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n" +
        ExtensionSchema;

    public const string ExtensionSchema =
        "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n" +
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n" +
        "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n" +
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n" +
        "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n<pdfaProperty:name>part</pdfaProperty:name>" +
        "<pdfaProperty:valueType>Integer</pdfaProperty:valueType><pdfaProperty:category>internal</pdfaProperty:category>" +
        "<pdfaProperty:description>Part of ISO 14289 followed</pdfaProperty:description>\n</rdf:li></rdf:Seq></pdfaSchema:property>\n" +
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
}
