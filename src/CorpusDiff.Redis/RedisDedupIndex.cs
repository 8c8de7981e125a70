using System.Collections.Concurrent;
using System.Globalization;
using CorpusDiff.Dedup;
using StackExchange.Redis;

namespace CorpusDiff.Redis;

/// <summary>
/// A shared dedup index (<see cref="IDedupIndexStore"/>) on Redis or Redis Cluster. Many processes, on many machines,
/// may add to and query one index at once.
/// </summary>
/// <remarks>
/// <para>Layout version 3 (keys under <c>cd:NAME:</c>; see <see cref="LayoutVersion"/>), built to stay under 1 KB
/// of Redis memory per document: <c>params</c> (hash: layout version, permutations, bands, rows, seed, threshold,
/// weights, shingling tag, pages per band, signature bits, records per page); <c>count</c>; <c>next</c>, the counter
/// documents take their ordinal from; <c>folders</c>, a hash from a folder's id to the folder (keys' common part,
/// stored once); record pages <c>r:P</c>, strings of fixed-size slots for consecutive ordinals (state, length, exact
/// hash, date, the signature's low 12–16 bits per value); meta pages <c>m:P</c>, hashes holding the same ordinals'
/// names (folder id, file name, id and path when they differ from what the key implies) and edges (one field per
/// document and other end → relation and scores); bucket pages <c>b:BB:P</c>, sorted sets of ordinals scored by 13
/// bits of the bucket address; key-map pages <c>k:P</c>, hashes from a key's 64-bit hash to its ordinal. Pages are
/// sized from the capacity given at creation (<see cref="RedisIndexAddress.Capacity"/>) so that Redis keeps them in
/// its compact encoding.</para>
/// <para>Signatures are stored as b-bit MinHash (b = 12 to 16, more for larger capacities so that chance band
/// collisions stay rare): a stored document compared with a query counts a value as equal when the low b bits are,
/// which adds at most (1 − J)/4096 to a Jaccard estimate; bucket addresses are made from the same bits, so a stored
/// signature is enough to find and delete its buckets.</para>
/// <para>Adding a batch costs five pipelined round trips whatever its size: look the keys up in the key map; read
/// what their records held and take ordinals for new keys; record the new ordinals; delete the old version's buckets
/// and edges and write the new record (not yet complete), name and buckets; set the completion flags. Readers ignore
/// records without the flag, so a run killed at any point leaves nothing half-added visible, and repeating it
/// completes it (a re-added key keeps its ordinal).</para>
/// </remarks>
public sealed partial class RedisDedupIndex : IDedupIndexStore, IDisposable
{
    /// <summary>The key layout version stored in <c>params</c>; an index of another version is refused.</summary>
    public const int LayoutVersion = 3;

    /// <summary>The capacity an index is created with when the address names none (<c>?capacity=N</c>).</summary>
    public const long DefaultCapacity = 1_000_000;

    private const int BatchSize = 512;

    /// <summary>Record or meta pages read per round trip when the whole index is read (≈ 25 records each).</summary>
    private const int PagesPerRead = 64;

    private readonly IConnectionMultiplexer connection;
    private readonly bool ownsConnection;
    private readonly IDatabase database;
    private readonly RedisKeys keys;
    private readonly LshIndex lsh;
    private readonly RedisLayout layout;
    private readonly RedisIndexAddress? address;
    private readonly ConcurrentDictionary<string, long> ordinals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ulong, string> folders = new() { [0] = string.Empty };
    private long roundTrips;
    private long commands;

    private RedisDedupIndex(IConnectionMultiplexer connection, bool ownsConnection, string name, string displayName, LshIndexOptions options, StoredLayout stored, RedisIndexAddress? address)
    {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.address = address;
        database = connection.GetDatabase();
        keys = new RedisKeys(name);
        Name = displayName;
        lsh = new LshIndex(options);
        layout = new RedisLayout(options.Permutations, lsh.Parameters, stored.Pages, stored.SignatureBits, stored.RecordsPerPage);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public LshIndexOptions Options => lsh.Options;

    /// <inheritdoc />
    public LshParameters Parameters => lsh.Parameters;

    /// <summary>Gets the bucket pages per band (set from the capacity when the index was created).</summary>
    public long PagesPerBand => (long)layout.Pages;

    /// <summary>Gets the bits stored of each signature value (12 to 16, set from the capacity when the index was created).</summary>
    public int SignatureBits => layout.SignatureBits;

    /// <summary>Gets how this index packs its keys (for tests that look at the stored keys).</summary>
    internal RedisLayout Layout => layout;

    /// <summary>Gets the pipelined round trips made so far (each sends a whole batch of commands).</summary>
    public long RoundTrips => Interlocked.Read(ref roundTrips);

    /// <summary>Gets the commands sent so far.</summary>
    public long Commands => Interlocked.Read(ref commands);

    /// <summary>
    /// Connects to the address and opens its index. With <paramref name="create"/>, an index that does not exist yet
    /// is created with that layout, and an existing one must have the same permutations, seed and shingling tag.
    /// </summary>
    /// <param name="address">The address.</param>
    /// <param name="create">The layout to create or require; <see langword="null"/> to open an existing index only.</param>
    /// <returns>The open index; dispose it to close the connection.</returns>
    /// <exception cref="RedisIndexException">Redis cannot be reached (within a few seconds), no index exists and none is to be created, or the index is of another layout.</exception>
    public static RedisDedupIndex Open(RedisIndexAddress address, LshIndexOptions? create)
    {
        ArgumentNullException.ThrowIfNull(address);
        ConnectionMultiplexer connection;
        try
        {
            connection = ConnectionMultiplexer.Connect(address.ToConfiguration());
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or System.Net.Sockets.SocketException or ArgumentException)
        {
            throw new RedisIndexException($"{address}: cannot reach Redis at {address.Hosts} ({address.Redact(FirstSentence(ex.Message))}).", ex);
        }

        try
        {
            return Open(connection, ownsConnection: true, address.Name, address.ToString(), create, address.Capacity, address);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Opens an index over a connection the caller owns (it is not closed by <see cref="Dispose"/>).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="name">The index name (letters, digits, '.', '_', '-').</param>
    /// <param name="create">The layout to create or require; <see langword="null"/> to open an existing index only.</param>
    /// <param name="capacity">The documents a new index is sized for (<see langword="null"/>: <see cref="DefaultCapacity"/>).</param>
    /// <returns>The open index.</returns>
    /// <exception cref="RedisIndexException">No index exists and none is to be created, or the index is of another layout.</exception>
    public static RedisDedupIndex Open(IConnectionMultiplexer connection, string name, LshIndexOptions? create, long? capacity = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(name);
        return Open(connection, ownsConnection: false, name, "redis index " + name, create, capacity, null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsConnection)
        {
            connection.Dispose();
        }
    }

    /// <inheritdoc />
    public long Count(CancellationToken cancellationToken = default) => Guard(() =>
    {
        var task = database.StringGetAsync(keys.Count);
        Wait([task], cancellationToken);
        return task.Result.IsNull ? 0 : (long)task.Result;
    });

    private static RedisDedupIndex Open(IConnectionMultiplexer connection, bool ownsConnection, string name, string displayName, LshIndexOptions? create, long? capacity, RedisIndexAddress? address)
    {
        var database = connection.GetDatabase();
        var keys = new RedisKeys(name);
        try
        {
            var stored = database.HashGetAll(keys.Params);
            if (stored.Length == 0)
            {
                if (create is null)
                {
                    throw new RedisIndexException($"{displayName}: there is no index here (nothing has been added to it).");
                }

                create.Validate();
                var parameters = create.Parameters ?? LshParameters.Optimal(create.Threshold, create.Permutations, create.FalsePositiveWeight, create.FalseNegativeWeight);
                var transaction = database.CreateTransaction();
                transaction.AddCondition(Condition.KeyNotExists(keys.Params));
                var sized = new RedisLayout(create.Permutations, parameters, RedisLayout.PagesFor(capacity ?? DefaultCapacity), RedisLayout.SignatureBitsFor(capacity ?? DefaultCapacity, parameters));
                _ = transaction.HashSetAsync(keys.Params, ParamsOf(create, parameters, new StoredLayout((long)sized.Pages, sized.SignatureBits, sized.RecordsPerPage)));
                transaction.Execute();

                // Another run may have created it first, perhaps with other parameters: read back what is stored.
                stored = database.HashGetAll(keys.Params);
            }

            var (options, layout) = ParseParams(stored, displayName);
            if (create is not null && (options.Permutations != create.Permutations || options.Seed != create.Seed || options.Tag != create.Tag))
            {
                throw new RedisIndexException($"{displayName}: the index was built with {options.Permutations} permutations, seed {options.Seed}, shingles '{options.Tag}'; "
                    + $"this run uses {create.Permutations}, seed {create.Seed}, '{create.Tag}'. Use another index name, or the same parameters.");
            }

            return new RedisDedupIndex(connection, ownsConnection, name, displayName, options, layout, address);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Lost(displayName, address, ex);
        }
    }

    private static HashEntry[] ParamsOf(LshIndexOptions options, LshParameters parameters, StoredLayout layout) =>
    [
        new("v", LayoutVersion),
        new("perm", options.Permutations),
        new("bands", parameters.Bands),
        new("rows", parameters.Rows),
        new("seed", options.Seed.ToString(CultureInfo.InvariantCulture)),
        new("thr", options.Threshold.ToString("R", CultureInfo.InvariantCulture)),
        new("fpw", options.FalsePositiveWeight.ToString("R", CultureInfo.InvariantCulture)),
        new("fnw", options.FalseNegativeWeight.ToString("R", CultureInfo.InvariantCulture)),
        new("tag", options.Tag),
        new("pages", layout.Pages),
        new("sb", layout.SignatureBits),
        new("rpp", layout.RecordsPerPage),
    ];

    private static (LshIndexOptions Options, StoredLayout Layout) ParseParams(HashEntry[] stored, string displayName)
    {
        var map = stored.ToDictionary(e => (string)e.Name!, e => (string?)e.Value, StringComparer.Ordinal);
        string Field(string field) => map.TryGetValue(field, out var value) && value is not null
            ? value
            : throw new RedisIndexException($"{displayName}: the index parameters lack '{field}'; it was not written by CorpusDiff.");

        if (!int.TryParse(Field("v"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) || version != LayoutVersion)
        {
            throw new RedisIndexException($"{displayName}: the index has key layout version {Field("v")}; this build reads version {LayoutVersion} only. "
                + "Build a new index under another name (the old one can be deleted: its keys start with the index's prefix cd:NAME:).");
        }

        try
        {
            var options = new LshIndexOptions
            {
                Permutations = int.Parse(Field("perm"), CultureInfo.InvariantCulture),
                Seed = ulong.Parse(Field("seed"), CultureInfo.InvariantCulture),
                Threshold = double.Parse(Field("thr"), CultureInfo.InvariantCulture),
                FalsePositiveWeight = double.Parse(Field("fpw"), CultureInfo.InvariantCulture),
                FalseNegativeWeight = double.Parse(Field("fnw"), CultureInfo.InvariantCulture),
                Parameters = new LshParameters(int.Parse(Field("bands"), CultureInfo.InvariantCulture), int.Parse(Field("rows"), CultureInfo.InvariantCulture)),
                Tag = Field("tag"),
            };
            options.Validate();
            var pages = long.Parse(Field("pages"), CultureInfo.InvariantCulture);
            var signatureBits = int.Parse(Field("sb"), CultureInfo.InvariantCulture);
            var recordsPerPage = int.Parse(Field("rpp"), CultureInfo.InvariantCulture);
            if (pages < 1 || signatureBits is < RedisLayout.MinSignatureBits or > RedisLayout.MaxSignatureBits
                || recordsPerPage is < RedisLayout.MinRecordsPerPage or > RedisLayout.MaxRecordsPerPage)
            {
                throw new FormatException($"{pages} pages, {signatureBits} signature bits, {recordsPerPage} records per page");
            }

            return (options, new StoredLayout(pages, signatureBits, recordsPerPage));
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw new RedisIndexException($"{displayName}: invalid index parameters: {ex.Message}", ex);
        }
    }

    private static RedisIndexException Lost(string displayName, RedisIndexAddress? address, Exception ex)
    {
        var detail = FirstSentence(ex.Message);
        detail = address?.Redact(detail) ?? detail;
        var where = address is null ? string.Empty : $" at {address.Hosts}";
        return ex is RedisServerException
            ? new RedisIndexException($"{displayName}: Redis{where} refused a command ({detail}).", ex)
            : new RedisIndexException($"{displayName}: lost Redis{where} ({detail}). Nothing half-added is visible; run again to complete.", ex);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOfAny(['\n', '\r']);
        var line = end < 0 ? message : message[..end];
        var stop = line.IndexOf(". ", StringComparison.Ordinal);
        return (stop < 0 ? line : line[..stop]).TrimEnd('.', ' ');
    }

    private T Guard<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.FirstOrDefault(e => e is RedisException or TimeoutException) is { } inner)
        {
            throw Lost(Name, address, inner);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            throw Lost(Name, address, ex);
        }
    }

    private void Wait(Task[] tasks, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref roundTrips);
        Interlocked.Add(ref commands, tasks.Length);
        Task.WaitAll(tasks, cancellationToken);
    }

    /// <summary>The layout sizes an index stores in <c>params</c> when it is created.</summary>
    private sealed record StoredLayout(long Pages, int SignatureBits, int RecordsPerPage);
}
