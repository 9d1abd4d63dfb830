using System.Globalization;
using System.Text;
using PdfSharp.Pdf.Advanced;

namespace ReportGen.Writers.Pdf.Drawing;

internal sealed partial class StructureTree
{
    /// <summary>
    /// The structure as PDF object bodies, to be numbered consecutively from <paramref name="first"/>: the
    /// StructTreeRoot (number <paramref name="first"/>), the parent tree, then each element. Pages and annotations
    /// are referred to by the numbers PDFsharp gave them when it saved.
    /// </summary>
    public IEnumerable<string> Write(int first)
    {
        var pageNumbers = pages.Select(PdfInternals.GetObjectNumber).ToArray();
        string Element(int index) => R(first + 2 + index);
        string Page(int page) => R(pageNumbers[page]);

        yield return $"<</Type/StructTreeRoot/K {Element(0)}/ParentTree {R(first + 1)}/ParentTreeNextKey {I(pages.Count + annotations.Count)}>>";

        var tree = new StringBuilder("<</Nums[");
        for (var page = 0; page < pages.Count; page++)
        {
            tree.Append(I(page)).Append(" [");
            tree.AppendJoin(' ', elementsByMcid[page].Select(Element));
            tree.Append("] ");
        }
        for (var i = 0; i < annotations.Count; i++)
            tree.Append(I(pages.Count + i)).Append(' ').Append(Element(annotations[i].Element)).Append(' ');
        yield return tree.Append("]>>").ToString();

        for (var index = 0; index < elements.Count; index++)
        {
            var element = elements[index];
            var body = new StringBuilder("<</Type/StructElem/S/").Append(element.Type);
            body.Append("/P ").Append(element.Parent < 0 ? R(first) : Element(element.Parent));
            if (element.Page >= 0) body.Append("/Pg ").Append(Page(element.Page));
            if (element.Kids.Count > 0)
            {
                body.Append("/K[");
                body.AppendJoin(' ', element.Kids.Select(kid => kid.Kind switch
                {
                    KidKind.Mcid when kid.Page == element.Page => I(kid.Value),
                    KidKind.Mcid => $"<</Type/MCR/Pg {Page(kid.Page)}/MCID {I(kid.Value)}>>",
                    KidKind.Element => Element(kid.Value),
                    _ => $"<</Type/OBJR/Obj {R(PdfInternals.GetObjectNumber(annotations[kid.Value].Annotation))}/Pg {Page(kid.Page)}>>",
                }));
                body.Append(']');
            }
            if (element.Summary is not null || element.Scope is not null)
            {
                body.Append("/A<</O/Table");
                if (element.Summary is not null) body.Append("/Summary ").Append(TextString(element.Summary));
                if (element.Scope is not null) body.Append("/Scope/").Append(element.Scope);
                body.Append(">>");
            }
            yield return body.Append(">>").ToString();
        }
    }

    private static string R(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A PDF text string: literal when plain ASCII, else UTF-16BE with its byte-order mark, in hex.
    private static string TextString(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
            return "(" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")";
        return "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
    }
}
