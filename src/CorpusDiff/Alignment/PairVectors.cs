namespace CorpusDiff.Alignment;

/// <summary>
/// The symmetric half of the aligner's score for one pair: word and character n-gram TF-IDF vectors of every sentence,
/// weighted by IDF over the sentences of both documents, and their cosines, normalised by both sides (as MASSAlign
/// and Vecalign score). A group of source sentences is scored as their concatenation: its vector is the sum of theirs,
/// so its dot product with a target sentence is the sum of theirs and its norm adds their pairwise dot products.
/// Only candidate source sentences are ever scored (the aligner picks them by their words), and their norms are computed
/// on first use, so the cost stays linear in the documents' size. Not thread-safe: one instance serves one alignment.
/// </summary>
internal sealed class PairVectors
{
    private readonly SentenceGrams sourceGrams;
    private readonly SentenceGrams targetGrams;
    private readonly double[] sourceGramWeight;
    private readonly double[] targetGramWeight;
    private readonly int[] targetToSource;
    private readonly double[] sourceGramNorm;
    private readonly double[] sourceWordNorm;
    private readonly double[] targetWordNormSquared;
    private readonly double[] idfOfDf;

    public PairVectors(PairModel model)
    {
        Model = model;
        sourceGrams = model.Source.Grams;
        targetGrams = model.Target.Grams;
        var n = (double)(model.Source.SentenceCount + model.Target.SentenceCount);

        // An n-gram's weight depends on the pair only through its document frequency (at most one per sentence of the
        // two documents): one logarithm per possible frequency instead of one per n-gram.
        idfOfDf = new double[model.Source.SentenceCount + model.Target.SentenceCount + 1];
        for (var df = 1; df < idfOfDf.Length; df++)
        {
            idfOfDf[df] = Math.Log(1 + (n / df));
        }

        targetToSource = new int[targetGrams.Count];
        targetGramWeight = new double[targetGrams.Count];
        for (var i = 0; i < targetGrams.Count; i++)
        {
            var j = sourceGrams.Lookup(targetGrams.Hashes[i]);
            targetToSource[i] = j;
            targetGramWeight[i] = idfOfDf[targetGrams.Df[i] + (j >= 0 ? sourceGrams.Df[j] : 0)];
        }

        // Shared n-grams get their weight here, walking the target's n-grams (the short side); a source n-gram the target
        // lacks has only its source document frequency, and gets its weight when a candidate sentence's norm needs it.
        sourceGramWeight = new double[sourceGrams.Count];
        for (var i = 0; i < targetGrams.Count; i++)
        {
            if (targetToSource[i] >= 0)
            {
                sourceGramWeight[targetToSource[i]] = targetGramWeight[i];
            }
        }

        // Norms are computed when a sentence is first scored: only candidate sentences ever are.
        sourceGramNorm = new double[model.Source.SentenceCount];
        sourceWordNorm = new double[model.Source.SentenceCount];
        Array.Fill(sourceGramNorm, -1);
        Array.Fill(sourceWordNorm, -1);

        targetWordNormSquared = new double[model.Target.SentenceCount];
        for (var t = 0; t < targetWordNormSquared.Length; t++)
        {
            foreach (var k in model.Target.SentenceTerms[t])
            {
                targetWordNormSquared[t] += model.TargetWeight[k] * model.TargetWeight[k];
            }
        }
    }

    public PairModel Model { get; }

    /// <summary>Returns the squared norm of a target sentence's word vector.</summary>
    public double TargetWordNormSquared(int t) => targetWordNormSquared[t];

    /// <summary>Returns the norm of a source sentence's word vector.</summary>
    public double SourceWordNorm(int s)
    {
        if (sourceWordNorm[s] < 0)
        {
            double sum = 0;
            foreach (var j in Model.Source.SentenceTerms[s])
            {
                sum += Model.SourceWeight[j] * Model.SourceWeight[j];
            }

            sourceWordNorm[s] = Math.Sqrt(sum);
        }

        return sourceWordNorm[s];
    }

    /// <summary>Returns the norm of a source sentence's character n-gram vector.</summary>
    public double SourceGramNorm(int s)
    {
        if (sourceGramNorm[s] < 0)
        {
            double sum = 0;
            var reader = sourceGrams.Read(s);
            while (reader.Next(out var id, out var count))
            {
                var w = count * SourceGramWeight(id);
                sum += w * w;
            }

            sourceGramNorm[s] = Math.Sqrt(sum);
        }

        return sourceGramNorm[s];
    }

    /// <summary>
    /// Returns a target sentence's character n-gram vector as the weights of the source n-gram ids it shares (ascending
    /// ids), and its norm over all its n-grams, shared or not.
    /// </summary>
    public (int[] Ids, double[] Weights, double Norm) TargetGrams(int t)
    {
        var shared = 0;
        double norm = 0;
        var reader = targetGrams.Read(t);
        while (reader.Next(out var id, out var count))
        {
            var w = count * targetGramWeight[id];
            norm += w * w;
            shared += targetToSource[id] >= 0 ? 1 : 0;
        }

        var mapped = new int[shared];
        var weights = new double[shared];
        var y = 0;
        reader = targetGrams.Read(t);
        while (reader.Next(out var id, out var count))
        {
            var j = targetToSource[id];
            if (j >= 0)
            {
                mapped[y] = j;
                weights[y++] = count * targetGramWeight[id];
            }
        }

        Array.Sort(mapped, weights);
        return (mapped, weights, Math.Sqrt(norm));
    }

    /// <summary>Returns the dot product of a target sentence's n-gram vector (from <see cref="TargetGrams"/>) with a source sentence's.</summary>
    public double GramDot(int[] targetIds, double[] targetWeights, int s)
    {
        var reader = sourceGrams.Read(s);
        double dot = 0;
        var a = 0;
        while (a < targetIds.Length && reader.Next(out var y, out var count))
        {
            while (a < targetIds.Length && targetIds[a] < y)
            {
                a++;
            }

            if (a < targetIds.Length && targetIds[a] == y)
            {
                dot += targetWeights[a++] * count * sourceGramWeight[y];
            }
        }

        return dot;
    }

    /// <summary>Returns the squared norm of the concatenation of source sentences (its vector is the sum of theirs).</summary>
    public double GroupGramNormSquared(IReadOnlyList<int> group)
    {
        double sum = 0;
        for (var a = 0; a < group.Count; a++)
        {
            var norm = SourceGramNorm(group[a]);
            sum += norm * norm;
            for (var b = a + 1; b < group.Count; b++)
            {
                sum += 2 * SourceGramDot(group[a], group[b]);
            }
        }

        return sum;
    }

    private double SourceGramWeight(int j)
    {
        var weight = sourceGramWeight[j];
        if (weight == 0)
        {
            weight = sourceGramWeight[j] = idfOfDf[sourceGrams.Df[j]];
        }

        return weight;
    }

    private double SourceGramDot(int s, int u)
    {
        var x = sourceGrams.Read(s);
        var y = sourceGrams.Read(u);
        double dot = 0;
        var more = x.Next(out var a, out var ca) & y.Next(out var b, out var cb);
        while (more)
        {
            if (a < b)
            {
                more = x.Next(out a, out ca);
            }
            else if (a > b)
            {
                more = y.Next(out b, out cb);
            }
            else
            {
                var w = SourceGramWeight(a);
                dot += ca * cb * w * w;
                more = x.Next(out a, out ca) & y.Next(out b, out cb);
            }
        }

        return dot;
    }
}
