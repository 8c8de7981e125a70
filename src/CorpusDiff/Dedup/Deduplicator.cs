using CorpusDiff.Text;
using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.ExceptionServices;
using CorpusDiff.Documents;

namespace CorpusDiff.Dedup;

/// <summary>
/// Finds exact copies, near-duplicates and shortened reprints in a stream of documents and groups them.
/// Build one from <see cref="DedupOptions"/> and reuse it: a deduplicator is immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Documents are read, signed and released: per document only its id, path, date, exact hash, MinHash signature
/// (4 bytes × permutations) and either, under <see cref="DedupMeasure.WordEdits"/> with word shingles, its words as
/// 16-bit codes (2 bytes a word, 4 bytes a distinct word) and its sampled shingle hashes (one shingle in eight), or its
/// sorted distinct 32-bit shingle hashes (4 bytes × distinct shingles) are kept, so every candidate pair is verified
/// exactly without re-reading any text.</para>
/// <para>Pipeline: (1) parse and sign in parallel, streaming the inputs; (2) group identical normalized bodies by exact
/// hash — only the member with the smallest id of each exact class goes on; (3) generate candidate pairs: MinHash LSH
/// bands tuned for <see cref="DedupOptions.ShingleJaccardThreshold"/> (bands in parallel, sorted one band at a time, no
/// index held), plus sampled containment — an inverted index over the shingles whose hash is 0 mod 8, which finds
/// shortened reprints at any size ratio in linear time — or SimHash permuted-block tables; (4) verify each candidate in
/// parallel: under <see cref="DedupMeasure.WordEdits"/> the word-level Indel similarity 2·LCS / (m + n) ≥
/// <see cref="DedupOptions.Threshold"/> makes a near-duplicate, otherwise LCS / shorter ≥
/// <see cref="DedupOptions.ContainmentThreshold"/> at size ratio ≥ <see cref="DedupOptions.MinContainedRatio"/> makes a
/// contained reprint (under <see cref="DedupMeasure.ShingleSets"/> the same rules on shingle-set Jaccard and
/// containment); (5) connected components (union-find) over verified pairs become groups. Groups, pairs and
/// representatives do not depend on input order.</para>
/// </remarks>
public sealed partial class Deduplicator
{
    /// <summary>The characters of the buffer a token is normalized in before it is hashed (a longer token rents its own).</summary>
    private const int TokenScratch = 256;

    /// <summary>Each worker thread's sentence spans while it reads a text (kept, so the list is not grown per document).</summary>
    [ThreadStatic]
    private static List<TextSpan>? sentenceSpans;

    /// <summary>Initializes a deduplicator.</summary>
    /// <param name="options">The options; validated here.</param>
    public Deduplicator(DedupOptions options)
    {
        Options = Settings.Checked(options);
        Shingler = new Shingler(options.ShingleKind, options.ShingleSize);
        Hasher = new MinHasher(options.Permutations, options.Seed);
    }

    /// <summary>Gets a deduplicator with <see cref="DedupOptions.Default"/>.</summary>
    public static Deduplicator Default { get; } = new(DedupOptions.Default);

    /// <summary>Gets the options.</summary>
    public DedupOptions Options { get; }

    /// <summary>Gets the shingler in use.</summary>
    internal Shingler Shingler { get; }

    /// <summary>Gets the MinHash hasher in use.</summary>
    internal MinHasher Hasher { get; }

    /// <summary>
    /// Deduplicates documents. The sequence is consumed once, in parallel; pass a lazy sequence
    /// (for example <c>paths.Select(parser.ParseFile)</c>) so each text is released once signed.
    /// </summary>
    /// <param name="documents">The documents; ids must be distinct.</param>
    /// <param name="progress">Receives the number of documents signed so far; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The groups and verified pairs.</returns>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public DedupResult Deduplicate(IEnumerable<Document> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Deduplicate(documents, static d => d, progress, cancellationToken);
    }

    /// <summary>
    /// Deduplicates documents loaded from sources in parallel: <paramref name="load"/> runs on the worker threads, so
    /// reading and parsing scale with cores, and each document is released once signed.
    /// </summary>
    /// <typeparam name="TSource">What a document is loaded from (a path, a database row, …).</typeparam>
    /// <param name="sources">The sources, consumed once.</param>
    /// <param name="load">Loads one document; ids must be distinct. It may return <see langword="null"/> to leave a source out
    /// (one it could not read and has reported itself), so one bad file need not stop a run.</param>
    /// <param name="progress">Receives the number of documents signed so far; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The groups and verified pairs.</returns>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public DedupResult Deduplicate<TSource>(IEnumerable<TSource> sources, Func<TSource, Document?> load, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(load);
        var sketches = SignAll(sources, (source, index) => load(source) is { } document ? Sign(document, index) : null, progress, cancellationToken);
        return Resolve(sketches, cancellationToken);
    }

    /// <summary>
    /// Deduplicates documents read from sources in parallel, as <see cref="Deduplicate{TSource}(IEnumerable{TSource}, Func{TSource, Document?}, IProgress{int}?, CancellationToken)"/>
    /// does, with the same result, but reading from each text only what deduplication needs: its header fields, its
    /// sentences' extent and its tokens' hashes, with no <see cref="Document"/> made (character shingles need one, and
    /// get it). The fastest way to deduplicate files.
    /// </summary>
    /// <typeparam name="TSource">What a text is read from (a path, a database row, …).</typeparam>
    /// <param name="sources">The sources, consumed once.</param>
    /// <param name="read">Reads one text (for example <see cref="RawDocument.ReadFile"/>); ids must be distinct. It may return
    /// <see langword="null"/> to leave a source out (one it could not read and has reported itself), so one bad file need not stop a run.</param>
    /// <param name="parser">How texts are read; <see langword="null"/> for <see cref="DocumentParser.Default"/>.</param>
    /// <param name="progress">Receives the number of documents signed so far; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The groups and verified pairs.</returns>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public DedupResult DeduplicateTexts<TSource>(IEnumerable<TSource> sources, Func<TSource, RawDocument?> read, DocumentParser? parser = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(read);
        var p = parser ?? DocumentParser.Default;
        var sketches = SignAll(sources, (source, index) => read(source) is { } text ? Sign(text, p, index) : null, progress, cancellationToken);
        return Resolve(sketches, cancellationToken);
    }

    /// <summary>Deduplicates files, parsed with <paramref name="parser"/>; each id is the file name.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="parser">The parser; <see langword="null"/> for <see cref="DocumentParser.Default"/>.</param>
    /// <param name="progress">Receives the number of documents signed so far.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The groups and verified pairs.</returns>
    public DedupResult DeduplicateFiles(IEnumerable<string> paths, DocumentParser? parser = null, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return DeduplicateTexts(paths, RawDocument.ReadFile, parser, progress, cancellationToken);
    }

    private Sketch[] SignAll<TSource>(IEnumerable<TSource> sources, Func<TSource, int, Sketch?> sign, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var results = new List<Sketch>();
        var gate = new Lock();
        var signed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(sources, parallel, (source, _, index) =>
            {
                if (sign(source, (int)index) is not { } sketch)
                {
                    return;
                }

                lock (gate)
                {
                    results.Add(sketch);
                }

                var done = Interlocked.Increment(ref signed);
                progress?.Report(done);
            });
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Capture(ex.Flatten().InnerExceptions[0]).Throw();
            throw;
        }

        results.Sort(static (x, y) => x.Index.CompareTo(y.Index));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sketch in results)
        {
            if (!ids.Add(sketch.Id))
            {
                throw new ArgumentException($"Two documents have the id '{sketch.Id}'; ids must be distinct.", nameof(sources));
            }
        }

        // Sources left out leave gaps in the numbering; later steps index arrays by it.
        var sketches = new Sketch[results.Count];
        for (var i = 0; i < sketches.Length; i++)
        {
            sketches[i] = results[i].Index == i ? results[i] : results[i] with { Index = i };
        }

        return sketches;
    }

    private Sketch Sign(Document document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (exact, empty) = DocumentBody.ExactHash(document);
        if (Options.Method == DedupMethod.Exact)
        {
            return new Sketch(index, document.Id, document.Path, document.Published, exact, [], 0, null, null, 0, empty);
        }

        var tokens = document.Tokens;
        var words = ArrayPool<ulong>.Shared.Rent(Math.Max(1, tokens.Count));
        try
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                words[i] = XxHash64.HashChars(tokens[i].Text);
            }

            return Sign(document.Id, document.Path, document.Published, exact, empty, words.AsSpan(0, tokens.Count), document, index);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    /// <summary>
    /// Signs a text as <see cref="Sign(Document, int)"/> signs its parsed document: the parser finds the sentences as it
    /// would for the document, and the tokenizer hands their tokens' hashes straight to a buffer.
    /// </summary>
    private Sketch Sign(RawDocument source, DocumentParser parser, int index)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(source.Id);
        ArgumentNullException.ThrowIfNull(source.Text);
        if (Options.Method != DedupMethod.Exact && Shingler.Kind == ShingleKind.Character)
        {
            // Character shingles read the document's sentences as strings.
            return Sign(parser.Parse(source), index);
        }

        var spans = sentenceSpans ??= [];
        var words = ReadWords(parser, source.Text, spans, Options.Method != DedupMethod.Exact, out var header, out var exact, out var empty, out var count);
        try
        {
            return Options.Method == DedupMethod.Exact
                ? new Sketch(index, source.Id, source.Path, header.Published, exact, [], 0, null, null, 0, empty)
                : Sign(source.Id, source.Path, header.Published, exact, empty, words.AsSpan(0, count), null, index);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
        }
    }

    /// <summary>
    /// Reads a text for signing: what <see cref="DocumentParser.Parse(string, string, string?)"/>,
    /// <see cref="DocumentBody.ExactHash(Document)"/> and <see cref="XxHash64.HashChars(ReadOnlySpan{char}, ulong)"/> of
    /// each <see cref="Token.Text"/> give, from the same parser steps and tokenizer, without the document.
    /// </summary>
    /// <param name="parser">The parser whose options decide headers and boilerplate.</param>
    /// <param name="text">The text.</param>
    /// <param name="spans">Scratch for the sentence spans.</param>
    /// <param name="tokens">Whether to hash the tokens (an exact run needs only the exact hash).</param>
    /// <param name="header">The header fields.</param>
    /// <param name="exact">The exact hash.</param>
    /// <param name="empty">Whether the normalized body is empty.</param>
    /// <param name="count">The number of tokens hashed.</param>
    /// <returns>A pooled array holding the token hashes first; the caller returns it to <see cref="ArrayPool{T}.Shared"/>.</returns>
    internal static ulong[] ReadWords(DocumentParser parser, string text, List<TextSpan> spans, bool tokens, out HeaderFields header, out ulong exact, out bool empty, out int count)
    {
        header = parser.ReadSentenceSpans(text, spans);
        var sentences = CollectionsMarshal.AsSpan(spans);
        (exact, empty) = DocumentBody.ExactHash(text, sentences);

        // A token takes one character at least, so the sentences' length bounds their tokens.
        var bound = 0;
        if (tokens)
        {
            foreach (var s in sentences)
            {
                bound += s.Length;
            }
        }

        var words = ArrayPool<ulong>.Shared.Rent(Math.Max(1, bound));
        if (tokens)
        {
            var scratch = ArrayPool<char>.Shared.Rent(TokenScratch);
            var sink = new TokenHashes(words, scratch);
            var spacesGroup = Tokenizer.SpacesGroup(text, sentences);
            foreach (var s in sentences)
            {
                Tokenizer.Tokenize(text, s.Start, s.End, ref sink, spacesGroup);
            }

            sink.Finish();
            ArrayPool<char>.Shared.Return(scratch);
            count = sink.Hashes.Length;
            return words;
        }

        count = 0;
        return words;
    }

    /// <summary>Signs a document from its tokens' hashes; <paramref name="document"/> is needed for character shingles only.</summary>
    private Sketch Sign(string id, string? path, DateOnly? published, ulong exact, bool empty, ReadOnlySpan<ulong> span, Document? document, int index)
    {
        if (Options.Measure == DedupMeasure.WordEdits && Shingler.Kind == ShingleKind.Word && Options.Method == DedupMethod.MinHash)
        {
            // The default: the words verify and give the shingle-set scores, so of the set only the sampled shingles
            // (one in SampledCandidates.Modulus, all the containment search reads) and the count are kept, and the
            // whole set is never sorted (the signature is the same over repeats).
            var sequence = TokenSequence.From(span);
            var count = ShingleHash.WordCount(span.Length, Shingler.Size, wholeIfShort: true);
            var all = ArrayPool<ulong>.Shared.Rent(Math.Max(1, count));
            try
            {
                var shingleSpan = all.AsSpan(0, count);
                ShingleHash.WordsInOrder(span, Shingler.Size, shingleSpan);
                var (sampled, distinctShingles) = SampledDistinct(shingleSpan);
                return new Sketch(index, id, path, published, exact, sampled, distinctShingles, sequence, Hasher.Sign(shingleSpan), 0, empty);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(all);
            }
        }

        return SignSet(id, path, published, exact, empty, span, document, index);
    }

    /// <summary>Signs a document whose sorted shingle set is kept (shingle-set measures, character shingles, SimHash).</summary>
    private Sketch SignSet(string id, string? path, DateOnly? published, ulong exact, bool empty, ReadOnlySpan<ulong> words, Document? document, int index)
    {
        var shingles = Shingler.Kind == ShingleKind.Word ? Shingler.ShingleWordHashes(words) : Shingler.Shingle(document!);
        var sequence = Options.Measure == DedupMeasure.WordEdits ? TokenSequence.From(words) : null;

        // Under word edits the words verify and give the shingle-set scores; of the set itself only the sampled shingles
        // (one in SampledCandidates.Modulus) are kept, which is all the containment search reads.
        var sampledOnly = sequence is not null && Shingler.Kind == ShingleKind.Word;
        var set = new uint[shingles.Length];
        var n = 0;
        var distinct = 0;
        var previous = 0u;
        foreach (var s in shingles)
        {
            // The 64-bit hashes are sorted, so their high halves are too: drop adjacent repeats.
            var high = (uint)(s >> 32);
            if (distinct > 0 && previous == high)
            {
                continue;
            }

            distinct++;
            previous = high;
            if (!sampledOnly || SampledCandidates.IsSampled(high))
            {
                set[n++] = high;
            }
        }

        if (n != set.Length)
        {
            Array.Resize(ref set, n);
        }

        var signature = Options.Method == DedupMethod.MinHash ? Hasher.Sign(shingles) : null;
        var simHash = Options.Method == DedupMethod.SimHash ? SimHash.Compute(shingles) : 0;
        return new Sketch(index, id, path, published, exact, set, distinct, sequence, signature, simHash, empty);
    }

    /// <summary>
    /// Returns the sorted distinct sampled 32-bit shingle keys (the high halves of the 64-bit hashes) and how many distinct
    /// keys there are in all: what sorting the whole set gives, from an open-addressing table and a sort of the samples.
    /// </summary>
    private static (uint[] Sampled, int Distinct) SampledDistinct(ReadOnlySpan<ulong> shingles)
    {
        var n = shingles.Length;
        var bits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * n)));
        var mask = (1 << bits) - 1;

        // A slot holds its key with bit 32 set, so an empty slot (0) is told from the key 0.
        var table = ArrayPool<ulong>.Shared.Rent(1 << bits);
        var samples = ArrayPool<uint>.Shared.Rent(Math.Max(1, n));
        try
        {
            Array.Clear(table, 0, 1 << bits);
            var distinct = 0;
            var sampled = 0;
            foreach (var s in shingles)
            {
                var high = (uint)(s >> 32);
                var held = high | (1UL << 32);

                // Sampled keys share their low bits, so the slot comes from the top bits of a multiplicative spread.
                var slot = (int)((high * 0x9E3779B9u) >> (32 - bits)) & mask;
                while (table[slot] != 0 && table[slot] != held)
                {
                    slot = (slot + 1) & mask;
                }

                if (table[slot] == 0)
                {
                    table[slot] = held;
                    distinct++;
                    if (SampledCandidates.IsSampled(high))
                    {
                        samples[sampled++] = high;
                    }
                }
            }

            var set = samples.AsSpan(0, sampled).ToArray();
            RadixSort.Sort(set);
            return (set, distinct);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(table);
            ArrayPool<uint>.Shared.Return(samples);
        }
    }

    /// <summary>
    /// What is kept of a document once its text is released. <see cref="Set"/> holds the sorted distinct 32-bit shingle
    /// hashes, or only the sampled ones when <see cref="Words"/> are kept under word shingles; <see cref="Shingles"/> counts
    /// them all.
    /// </summary>
    private sealed record Sketch(int Index, string Id, string? Path, DateOnly? Published, ulong ExactHash, uint[] Set, int Shingles, TokenSequence? Words, MinHashSignature? Signature, ulong SimHash, bool Empty);
}
