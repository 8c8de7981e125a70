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

    /// <summary>
    /// Turns the pieces into runs that keep every character: an equal piece compares the punctuation and spacing each
    /// token owns on either side (a dropped bracket or comma becomes a small edit), and an edit carries its tokens'
    /// punctuation with it.
    /// </summary>
    private static List<DiffSegment> Emit(List<Piece> pieces, DiffSide a, DiffSide b)
    {
        var builder = new SegmentBuilder(a.Text, b.Text);
        foreach (var piece in pieces)
        {
            if (piece.Equal)
            {
                for (var n = 0; n < piece.ALength; n++)
                {
                    int i = piece.AStart + n, j = piece.BStart + n;
                    a.FlushOrphans(i, builder, DiffOperation.Delete);
                    b.FlushOrphans(j, builder, DiffOperation.Insert);
                    builder.Gap(a.Before(i), b.Before(j));
                    builder.Equal(a.Tokens[i].Span, b.Tokens[j].Span, 1);
                    builder.Gap(a.After(i), b.After(j));
                }

                continue;
            }

            for (var i = piece.AStart; i < piece.AEnd; i++)
            {
                a.FlushOrphans(i, builder, DiffOperation.Delete);
                builder.Edit(DiffOperation.Delete, a.Unit(i), 1);
            }

            for (var j = piece.BStart; j < piece.BEnd; j++)
            {
                b.FlushOrphans(j, builder, DiffOperation.Insert);
                builder.Edit(DiffOperation.Insert, b.Unit(j), 1);
            }
        }

        a.FlushOrphans(int.MaxValue, builder, DiffOperation.Delete);
        b.FlushOrphans(int.MaxValue, builder, DiffOperation.Insert);
        return builder.Build();
    }
}
