using CorpusDiff.Documents;

namespace CorpusDiff.Diffing;

/// <summary>
/// One side of a word diff cut into units that tile its text: each token owns the text up to the next token (its
/// trailing punctuation and spacing), and the first token of a block also owns the text before it, so the runs built
/// from units lose no character. Blocks are stretches of text diffed as one (a sentence, or neighbouring sentences
/// with only whitespace between them); a block without tokens is kept as an orphan and emitted whole.
/// </summary>
internal sealed class DiffSide
{
    private readonly int[] unitStart;
    private readonly int[] unitEnd;
    private readonly List<(int BeforeToken, TextSpan Span)> orphans = [];
    private int nextOrphan;

    public DiffSide(string text, IReadOnlyList<Token> tokens, IReadOnlyList<(int FirstToken, TextSpan Span)> blocks)
    {
        Text = text;
        Tokens = tokens;
        unitStart = new int[tokens.Count];
        unitEnd = new int[tokens.Count];
        for (var b = 0; b < blocks.Count; b++)
        {
            var (first, span) = blocks[b];
            var end = b + 1 < blocks.Count ? blocks[b + 1].FirstToken : tokens.Count;
            if (first == end)
            {
                if (span.Length > 0)
                {
                    orphans.Add((first, span));
                }

                continue;
            }

            for (var k = first; k < end; k++)
            {
                unitStart[k] = k == first ? Math.Min(span.Start, tokens[k].Start) : tokens[k].Start;
                unitEnd[k] = k == end - 1 ? Math.Max(span.End, tokens[k].End) : tokens[k + 1].Start;
            }
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Everything token <paramref name="k"/> owns.</summary>
    public TextSpan Unit(int k) => new(unitStart[k], unitEnd[k]);

    /// <summary>The text before token <paramref name="k"/> that it owns (an opening quote at a block's start).</summary>
    public TextSpan Before(int k) => new(unitStart[k], Tokens[k].Start);

    /// <summary>The text after token <paramref name="k"/> that it owns (punctuation and spacing up to the next token).</summary>
    public TextSpan After(int k) => new(Tokens[k].End, unitEnd[k]);

    /// <summary>Emits, as edits, the token-less blocks that stand before token <paramref name="k"/>.</summary>
    public void FlushOrphans(int k, SegmentBuilder into, DiffOperation operation)
    {
        while (nextOrphan < orphans.Count && orphans[nextOrphan].BeforeToken <= k)
        {
            into.Edit(operation, orphans[nextOrphan].Span, 0);
            nextOrphan++;
        }
    }
}
