using System.Collections.Immutable;
using System.Globalization;

namespace ReportGen.Writers.Pdf.Layout;

internal sealed partial class TextLayout
{
    /// <summary>Characters [Start, End) of a run.</summary>
    private readonly record struct Span(Run Run, int Start, int End);

    /// <summary>
    /// Greedy line filling in one pass: each character is measured once when its word is measured, and once
    /// more when its line is made into segments; a word too wide for any line is cut between grapheme clusters.
    /// </summary>
    /// <remarks><paramref name="line"/> and <paramref name="word"/> are the layout's scratch lists, given empty.</remarks>
    private sealed class LineBreaker(TextLayout layout, double size, double width, double lineHeightFactor, List<Span> line, List<Span> word)
    {
        // Room for rounding: a word that fits to a hundredth of a point fits.
        private const double Tolerance = 0.01;

        private readonly ImmutableArray<Line>.Builder lines = ImmutableArray.CreateBuilder<Line>();
        private double used;
        private double wordWidth;
        private Span? space;
        private double spaceWidth;

        public void Add(Run run)
        {
            if (run.Text is null)
            {
                PlaceWord();
                HardBreak(run);
                return;
            }
            var text = run.Text;
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ')
                {
                    PlaceWord();
                    // Spaces collapse to one; none is kept at the start of a line.
                    if (space is null && line.Count > 0)
                    {
                        space = new Span(run, i, i + 1);
                        spaceWidth = layout.Width(run, i, i + 1, size);
                    }
                    i++;
                    continue;
                }
                var end = text.IndexOf(' ', i);
                if (end < 0) end = text.Length;
                word.Add(new Span(run, i, end));
                wordWidth += layout.Width(run, i, end, size);
                i = end;
            }
        }

        public ImmutableArray<Line> Finish()
        {
            PlaceWord();
            if (line.Count > 0 || lines.Count == 0) Emit(trailing: null);
            return lines.ToImmutable();
        }

        private void PlaceWord()
        {
            if (word.Count == 0) return;
            if (line.Count == 0 ? wordWidth <= width + Tolerance : used + spaceWidth + wordWidth <= width + Tolerance)
            {
                if (line.Count > 0 && space is { } gap) { line.Add(gap); used += spaceWidth; }
                line.AddRange(word);
                used += wordWidth;
            }
            else
            {
                if (line.Count > 0) Emit(trailing: space);
                if (wordWidth <= width + Tolerance)
                {
                    line.AddRange(word);
                    used = wordWidth;
                }
                else
                    Cut();
            }
            word.Clear();
            wordWidth = 0;
            space = null;
            spaceWidth = 0;
        }

        // A word wider than the line: as many grapheme clusters as fit on each line, at least one.
        private void Cut()
        {
            foreach (var part in word)
            {
                var text = part.Run.Text!;
                for (var at = part.Start; at < part.End;)
                {
                    var length = StringInfo.GetNextTextElementLength(text.AsSpan(at, part.End - at));
                    var clusterWidth = layout.Width(part.Run, at, at + length, size);
                    if (line.Count > 0 && used + clusterWidth > width + Tolerance) Emit(trailing: null);
                    if (line.Count > 0 && line[^1] is { } last && SameRun(last.Run, part.Run) && last.End == at)
                        line[^1] = last with { End = at + length };
                    else
                        line.Add(new Span(part.Run, at, at + length));
                    used += clusterWidth;
                    at += length;
                }
            }
        }

        // Runs are compared by identity: their texts may be megabytes long.
        private static bool SameRun(Run a, Run b) => ReferenceEquals(a.Text, b.Text) && a.Style == b.Style && a.Link == b.Link;

        // A hard break ends the line (an empty one too); the break itself reads as a space.
        private void HardBreak(Run breakRun)
        {
            Emit(trailing: line.Count > 0 ? new Span(breakRun, 0, 0) : null);
            space = null;
            spaceWidth = 0;
        }

        private void Emit(Span? trailing)
        {
            lines.Add(layout.MakeLine(line, trailing, size, lineHeightFactor));
            line.Clear();
            used = 0;
        }
    }
}
