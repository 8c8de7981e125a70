using System.Collections;

namespace CorpusDiff.Claims;

/// <summary>
/// How well each source sentence supports one target sentence (<see cref="LexicalIndex.Support"/>). Identical source
/// sentences share one score, so the scores are kept per distinct sentence: a source that repeats itself costs no more
/// per target sentence than one that does not, and ranking looks at each distinct sentence once (its first occurrence).
/// </summary>
internal sealed class SupportScores(double[] byClass, LexicalIndex index) : IReadOnlyList<double>
{
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
    public IEnumerable<int> Ranked() =>
        Enumerable.Range(0, byClass.Length).OrderByDescending(c => byClass[c]).ThenBy(index.Representative).Select(index.Representative);

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
