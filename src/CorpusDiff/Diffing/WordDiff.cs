using CorpusDiff.Documents;

namespace CorpusDiff.Diffing;

/// <summary>
/// Word-level diff: Myers' O(ND) algorithm over token ids, then a semantic cleanup on words in the manner of
/// diff-match-patch (short equalities squeezed between edits are folded into them), with every run's text taken
/// from the original texts. Immutable and thread-safe; build once and reuse.
/// </summary>
public sealed partial class WordDiff
{
    /// <summary>Initializes a diff with the given options.</summary>
    /// <param name="options">The options; validated here.</param>
    public WordDiff(WordDiffOptions options)
    {
        Options = Settings.Checked(options);
    }

    /// <summary>Gets a diff with <see cref="WordDiffOptions.Default"/>.</summary>
    public static WordDiff Default { get; } = new(WordDiffOptions.Default);

    /// <summary>Gets the options this diff was built with.</summary>
    public WordDiffOptions Options { get; }

    /// <summary>Diffs two plain strings word by word.</summary>
    /// <param name="source">The source text.</param>
    /// <param name="target">The target text.</param>
    /// <returns>The runs, in order; deletes precede inserts within an edit.</returns>
    public IReadOnlyList<DiffSegment> Diff(string source, string target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return Diff(source, Tokenizer.Tokenize(source), target, Tokenizer.Tokenize(target));
    }

    /// <summary>Diffs two token sequences whose offsets index into the given texts.</summary>
    /// <param name="sourceText">The text the source tokens index into.</param>
    /// <param name="sourceTokens">The source tokens, in text order.</param>
    /// <param name="targetText">The text the target tokens index into.</param>
    /// <param name="targetTokens">The target tokens, in text order.</param>
    /// <returns>The runs, in order; deletes precede inserts within an edit.</returns>
    public IReadOnlyList<DiffSegment> Diff(string sourceText, IReadOnlyList<Token> sourceTokens, string targetText, IReadOnlyList<Token> targetTokens)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        ArgumentNullException.ThrowIfNull(sourceTokens);
        ArgumentNullException.ThrowIfNull(targetText);
        ArgumentNullException.ThrowIfNull(targetTokens);
        return Run(
            new DiffSide(sourceText, sourceTokens, [(0, new TextSpan(0, sourceText.Length))]),
            new DiffSide(targetText, targetTokens, [(0, new TextSpan(0, targetText.Length))]));
    }

    /// <summary>
    /// Diffs groups of sentences (an alignment): the source sentences' words against the target sentences' words.
    /// Runs never span the gap between two sentences that are not neighbours, so each run's text is contiguous.
    /// </summary>
    /// <param name="source">The source document.</param>
    /// <param name="sourceSentences">Indexes of source sentences, in any order (they are diffed in text order).</param>
    /// <param name="target">The target document.</param>
    /// <param name="targetSentences">Indexes of target sentences, in any order.</param>
    /// <returns>The runs, in order.</returns>
    public IReadOnlyList<DiffSegment> Diff(Document source, IReadOnlyList<int> sourceSentences, Document target, IReadOnlyList<int> targetSentences)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceSentences);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(targetSentences);
        return Run(Gather(source, sourceSentences), Gather(target, targetSentences));
    }

    /// <summary>
    /// The sentences' tokens, in blocks: neighbouring sentences with only whitespace between them form one block, so a
    /// run may cross from one into the next; a skipped sentence or removed boilerplate between them starts a new block.
    /// </summary>
    private static DiffSide Gather(Document document, IReadOnlyList<int> sentences)
    {
        var tokens = new List<Token>();
        var blocks = new List<(int FirstToken, TextSpan Span)>();
        Sentence? previous = null;
        foreach (var index in sentences.Order().Distinct())
        {
            if ((uint)index >= (uint)document.Sentences.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(sentences), index, $"{document.Id} has no sentence {index}.");
            }

            var sentence = document.Sentences[index];
            if (previous is not null && index == previous.Index + 1 && document.Text.AsSpan(previous.End, sentence.Start - previous.End).IsWhiteSpace())
            {
                blocks[^1] = (blocks[^1].FirstToken, new TextSpan(blocks[^1].Span.Start, sentence.End));
            }
            else
            {
                blocks.Add((tokens.Count, sentence.Span));
            }

            for (var i = 0; i < sentence.TokenCount; i++)
            {
                tokens.Add(document.Tokens[sentence.FirstToken + i]);
            }

            previous = sentence;
        }

        return new DiffSide(document.Text, tokens, blocks);
    }

    private IReadOnlyList<DiffSegment> Run(DiffSide a, DiffSide b)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var aIds = ToIds(a.Tokens, ids);
        var bIds = ToIds(b.Tokens, ids);
        var pieces = Myers(aIds, bIds);
        if (Options.SemanticCleanup)
        {
            Cleanup(pieces, Options.MaxFoldedEquality);
        }

        return Emit(pieces, a, b);
    }

    private static int[] ToIds(IReadOnlyList<Token> tokens, Dictionary<string, int> ids)
    {
        var result = new int[tokens.Count];
        for (var i = 0; i < result.Length; i++)
        {
            if (!ids.TryGetValue(tokens[i].Text, out var id))
            {
                id = ids.Count;
                ids.Add(tokens[i].Text, id);
            }

            result[i] = id;
        }

        return result;
    }
}
