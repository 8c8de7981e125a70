using System.Collections;

namespace CorpusDiff.Claims;

/// <summary>
/// How well each source sentence supports one target sentence (<see cref="LexicalIndex.Support"/>). Identical source
/// sentences share one score, so the scores are kept per distinct sentence: a source that repeats itself costs no more
/// per target sentence than one that does not, and ranking looks at each distinct sentence once (its first occurrence).
/// </summary>
internal sealed class SupportScores(double[] byClass, LexicalIndex index) : IReadOnlyList<double>
{
    // How many of the ranking are found by scanning before the rest is sorted.
    private const int ScannedFirst = 8;

    /// <summary>Gets the support of source sentence <paramref name="sentence"/>.</summary>
    public double this[int sentence] => byClass[index.ClassOf(sentence)];

    /// <summary>Gets the number of source sentences.</summary>
    public int Count => index.Count;

    /// <summary>Gets the highest support of any source sentence (0 when none shares a word).</summary>
    public double Best
    {
        get
        {
            var best = 0.0;
            foreach (var score in byClass)
            {
                best = Math.Max(best, score);
            }

            return best;
        }
    }

    /// <summary>The distinct source sentences (first occurrences), best supported first, ties by position.</summary>
    public IEnumerable<int> Ranked()
    {
        // Callers take the first few (the best, two candidates, three to fuse): each of those is one scan for the best
        // class after the previous one, with nothing allocated. Sorting every class (as long as the source) for them
        // left a few arrays of that length per target sentence for the collector. Past the first few, the rest is
        // sorted once, in the same order.
        var taken = 0;
        var last = -1;
        while (taken < ScannedFirst && taken < byClass.Length)
        {
            var best = -1;
            for (var c = 0; c < byClass.Length; c++)
            {
                if ((last < 0 || Precedes(last, c)) && (best < 0 || Precedes(c, best)))
                {
                    best = c;
                }
            }

            yield return index.Representative(best);
            last = best;
            taken++;
        }

        if (taken == byClass.Length)
        {
            yield break;
        }

        foreach (var c in Enumerable.Range(0, byClass.Length).OrderByDescending(c => byClass[c]).ThenBy(index.Representative).Skip(taken))
        {
            yield return index.Representative(c);
        }
    }

    // The ranking's order: higher score first (Comparer<double>.Default, as the sort), then the earlier representative.
    private bool Precedes(int a, int b)
    {
        var order = byClass[a].CompareTo(byClass[b]);
        return order > 0 || (order == 0 && index.Representative(a) < index.Representative(b));
    }

    /// <inheritdoc/>
    public IEnumerator<double> GetEnumerator()
    {
        for (var s = 0; s < Count; s++)
        {
            yield return this[s];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
