using UglyToad.PdfPig.Content;

namespace ReportGen.Tests.Writers.Pdf;

/// <summary>
/// A page's content operators, read back with PdfPig, checked against ISO 32000-1 §14.6 and PDF/UA-1 §7.1:
/// each marked-content sequence nests with the text objects (one that starts inside a text object ends inside
/// it; one that contains BT contains its ET); every painting operator is inside a sequence (tagged content or an
/// artifact); and no sequence sits inside another (so no artifact inside tagged content, nor the reverse).
/// </summary>
internal sealed record ContentStreamCheck(int Sequences, int Straddling, int Unmarked, int Nested)
{
    private static readonly HashSet<string> Painting = ["Tj", "TJ", "'", "\"", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh"];

    public static ContentStreamCheck Of(Page page)
    {
        var open = new Stack<(int Balance, bool Broken)>();
        int sequences = 0, straddling = 0, unmarked = 0, nested = 0;
        foreach (var operation in page.Operations)
        {
            switch (operation.Operator)
            {
                case "BT":
                    Update(open, +1);
                    break;
                case "ET":
                    Update(open, -1);
                    break;
                case "BDC" or "BMC":
                    if (open.Count > 0) nested++;
                    open.Push((0, false));
                    sequences++;
                    break;
                case "EMC":
                    var (balance, broken) = open.Pop();
                    if (broken || balance != 0) straddling++;
                    break;
                default:
                    if (Painting.Contains(operation.Operator) && open.Count == 0) unmarked++;
                    break;
            }
        }
        return new ContentStreamCheck(sequences, straddling, unmarked, nested);
    }

    // A text object begun or ended inside each open sequence; ending one that began before the sequence breaks it.
    private static void Update(Stack<(int Balance, bool Broken)> open, int step)
    {
        var updated = open.Reverse().Select(s => (s.Balance + step, s.Broken || s.Balance + step < 0)).ToList();
        open.Clear();
        foreach (var s in updated) open.Push(s);
    }
}
