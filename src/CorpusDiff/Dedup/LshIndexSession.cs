using System.Diagnostics;

namespace CorpusDiff.Dedup;

/// <summary>
/// One update of an LSH index file by a deduplication run: lock, load, match, merge, write — then commit or abandon.
/// </summary>
/// <remarks>
/// <para>Writers are serialised by an exclusive OS lock on <c>&lt;index&gt;.lock</c> beside the index, taken with a
/// timeout and held until <see cref="Commit"/> or <see cref="Dispose"/>. The index is read <em>under</em> the lock, so
/// entries another process saved while this run was signing its documents are merged, not overwritten.</para>
/// <para>The merged index is written to a temporary file beside the index when the session begins, and moved over
/// the index (an atomic rename) only by <see cref="Commit"/>: a caller writes its report first and commits after, so
/// a run that fails or is interrupted before the commit leaves the index exactly as it was, and a reader never sees
/// a partial file. The lock file is left in place: deleting it would let a waiting process lock a file no one else sees.</para>
/// </remarks>
public sealed class LshIndexSession : IDisposable
{
    private readonly FileStream lockFile;
    private readonly string path;
    private bool done;

    private LshIndexSession(FileStream lockFile, string path, string temporaryPath, DedupIndexReport report)
    {
        this.lockFile = lockFile;
        this.path = path;
        TemporaryPath = temporaryPath;
        Report = report;
    }

    /// <summary>Gets what the update found and will save.</summary>
    public DedupIndexReport Report { get; }

    /// <summary>Gets the temporary file holding the merged index until <see cref="Commit"/> moves it into place.</summary>
    public string TemporaryPath { get; }

    /// <summary>Gets the lock file that serialises writers of <paramref name="indexPath"/>.</summary>
    /// <param name="indexPath">The index file.</param>
    /// <returns>The lock file's path.</returns>
    public static string LockPath(string indexPath) => Path.GetFullPath(indexPath) + ".lock";

    /// <summary>
    /// Locks the index file, loads it if it exists, matches every document of <paramref name="result"/> against the
    /// entries indexed before by <paramref name="deduplicator"/>'s rule, merges the documents in (replacing entries
    /// with the same key: the full path, or the id when there is none) and writes the merged index to a temporary file.
    /// </summary>
    /// <param name="indexPath">The index file.</param>
    /// <param name="deduplicator">The deduplicator that produced <paramref name="result"/> (MinHash).</param>
    /// <param name="result">The run's result; empty documents are neither matched nor indexed.</param>
    /// <param name="lockTimeout">How long to wait for another writer to finish.</param>
    /// <param name="cancellationToken">Cancels the wait and the work.</param>
    /// <returns>The open session; commit it once the report is safely written, or dispose it to leave the index unchanged.</returns>
    /// <exception cref="TimeoutException">Another process held the lock for longer than <paramref name="lockTimeout"/>.</exception>
    /// <exception cref="LshIndexFormatException">The index file is corrupt, truncated or foreign.</exception>
    /// <exception cref="InvalidDataException">The index was built with other permutations, seed or shingles.</exception>
    public static LshIndexSession Begin(string indexPath, Deduplicator deduplicator, DedupResult result, TimeSpan lockTimeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(deduplicator);
        ArgumentNullException.ThrowIfNull(result);
        var options = deduplicator.Options;
        if (options.Method != DedupMethod.MinHash)
        {
            throw new ArgumentException("An LSH index needs MinHash signatures (DedupMethod.MinHash).", nameof(deduplicator));
        }

        var full = Path.GetFullPath(indexPath);
        var lockFile = AcquireLock(LockPath(full), lockTimeout, cancellationToken);
        string? temp = null;
        try
        {
            var (index, loaded) = LoadOrCreate(full, options);
            var matches = Match(index, loaded, deduplicator, result);
            foreach (var (key, document) in Keyed(result))
            {
                index.Remove(key);
                index.Add(key, document.Signature!);
            }

            cancellationToken.ThrowIfCancellationRequested();
            temp = Path.Combine(Path.GetDirectoryName(full)!, FormattableString.Invariant($".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                index.Save(stream);
                stream.Flush(flushToDisk: true);
            }

            return new LshIndexSession(lockFile, full, temp, new DedupIndexReport(indexPath, loaded, index.Count, matches));
        }
        catch
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }

            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Moves the merged index into place (atomically) and releases the lock.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(done, this);
        try
        {
            File.Move(TemporaryPath, path, overwrite: true);
        }
        finally
        {
            done = true;
            lockFile.Dispose();
        }
    }

    /// <summary>Abandons an uncommitted update (the index stays as it was) and releases the lock.</summary>
    public void Dispose()
    {
        if (done)
        {
            return;
        }

        done = true;
        try
        {
            File.Delete(TemporaryPath);
        }
        finally
        {
            lockFile.Dispose();
        }
    }

    private static FileStream AcquireLock(string lockPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var wait = 10;
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive OS lock (flock on Unix, a sharing lock on Windows) that other
                // processes see, and that the OS drops if this process dies.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (clock.Elapsed < timeout && File.Exists(lockPath))
            {
                cancellationToken.WaitHandle.WaitOne(wait);
                cancellationToken.ThrowIfCancellationRequested();
                wait = Math.Min(wait * 2, 250);
            }
            catch (IOException ex) when (File.Exists(lockPath))
            {
                throw new TimeoutException(FormattableString.Invariant(
                    $"{lockPath}: another run has been updating the index for more than {timeout.TotalSeconds:0.#} s; try again when it has finished."), ex);
            }
        }
    }

    private static (LshIndex Index, int Loaded) LoadOrCreate(string path, DedupOptions options)
    {
        if (!File.Exists(path))
        {
            return (new LshIndex(SharedIndexUpdate.IndexOptionsFor(options)), 0);
        }

        var index = LshIndex.Load(path);
        if (SharedIndexUpdate.Mismatch(index.Options, options) is { } reason)
        {
            throw new InvalidDataException($"{path}: {reason}. Rebuild the index, or run with the options it was built with "
                + "(an index built before word edits became the default takes --k 5).");
        }

        return (index, index.Count);
    }

    private static List<DedupIndexMatch> Match(LshIndex index, int loaded, Deduplicator deduplicator, DedupResult result)
    {
        var matches = new List<DedupIndexMatch>();
        if (loaded == 0)
        {
            return matches;
        }

        foreach (var (key, document) in Keyed(result))
        {
            foreach (var candidate in index.Query(document.Signature!))
            {
                if (candidate.Key == key || index.GetSignature(candidate.Key) is not { } other)
                {
                    continue;
                }

                if (deduplicator.Relate(candidate.EstimatedJaccard, candidate.EstimatedContainment, document.Signature!.SetSize, other.SetSize) is not null)
                {
                    matches.Add(new DedupIndexMatch(document.Id, candidate.Key, candidate.EstimatedJaccard, candidate.EstimatedContainment));
                }
            }
        }

        return matches;
    }

    private static IEnumerable<(string Key, DedupDocument Document)> Keyed(DedupResult result) =>
        result.Documents.Where(d => !d.IsEmpty && d.Signature is not null).Select(d => (SharedIndexUpdate.KeyOf(d), d));
}
