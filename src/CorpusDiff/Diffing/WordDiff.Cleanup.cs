using CorpusDiff.Documents;

namespace CorpusDiff.Diffing;

/// <summary>Semantic cleanup and emission of runs with their original text.</summary>
public sealed partial class WordDiff
{
    /// <summary>
    /// Folds an equality into its neighbouring edits when it is no longer than <paramref name="maxFold"/> words and no
    /// longer than the larger side of the edit on each side of it (diff-match-patch's rule, on words): "the" matching
    /// "the" between two rewritten clauses says nothing a reader needs.
    /// </summary>
    internal static void Cleanup(List<Piece> pieces, int maxFold)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 1; i < pieces.Count - 1; i++)
            {
                var eq = pieces[i];
                if (!eq.Equal)
                {
                    continue;
                }

                var before = pieces[i - 1];
                var after = pieces[i + 1];
                if (before.Equal || after.Equal)
                {
                    continue;
                }

                var length = eq.ALength;
                if (length <= maxFold && length <= Math.Max(before.ALength, before.BLength) && length <= Math.Max(after.ALength, after.BLength))
                {
                    pieces[i - 1] = new Piece(false, before.AStart, after.AEnd, before.BStart, after.BEnd);
                    pieces.RemoveRange(i, 2);
                    changed = true;
                    i--;
                }
            }
        }
    }

    private static IReadOnlyList<DiffSegment> Emit(
        List<Piece> pieces, string aText, IReadOnlyList<Token> a, IReadOnlyList<bool>? aBreaks, string bText, IReadOnlyList<Token> b, IReadOnlyList<bool>? bBreaks)
    {
        var segments = new List<DiffSegment>(pieces.Count + 4);
        foreach (var piece in pieces)
        {
            if (piece.Equal)
            {
                // An equality crossing a sentence gap on either side is cut where either side breaks.
                var start = 0;
                for (var i = 1; i <= piece.ALength; i++)
                {
                    if (i == piece.ALength || IsBreak(aBreaks, piece.AStart + i) || IsBreak(bBreaks, piece.BStart + i))
                    {
                        var aFirst = a[piece.AStart + start];
                        var aLast = a[piece.AStart + i - 1];
                        var bFirst = b[piece.BStart + start];
                        var bLast = b[piece.BStart + i - 1];
                        segments.Add(new DiffSegment(
                            DiffOperation.Equal,
                            aText[aFirst.Start..aLast.End],
                            new TextSpan(aFirst.Start, aLast.End),
                            new TextSpan(bFirst.Start, bLast.End),
                            i - start));
                        start = i;
                    }
                }

                continue;
            }

            EmitSide(segments, DiffOperation.Delete, aText, a, aBreaks, piece.AStart, piece.AEnd);
            EmitSide(segments, DiffOperation.Insert, bText, b, bBreaks, piece.BStart, piece.BEnd);
        }

        return segments;
    }

    private static void EmitSide(List<DiffSegment> segments, DiffOperation operation, string text, IReadOnlyList<Token> tokens, IReadOnlyList<bool>? breaks, int from, int to)
    {
        var start = from;
        for (var i = from + 1; i <= to; i++)
        {
            if (i == to || IsBreak(breaks, i))
            {
                var span = new TextSpan(tokens[start].Start, tokens[i - 1].End);
                segments.Add(new DiffSegment(
                    operation,
                    text[span.Start..span.End],
                    operation == DiffOperation.Delete ? span : null,
                    operation == DiffOperation.Insert ? span : null,
                    i - start));
                start = i;
            }
        }
    }

    private static bool IsBreak(IReadOnlyList<bool>? breaks, int index) => breaks is not null && index < breaks.Count && breaks[index];
}
