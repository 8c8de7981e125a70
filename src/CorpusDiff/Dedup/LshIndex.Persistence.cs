using System.Buffers.Binary;
using System.Text;
using CorpusDiff.Text;

namespace CorpusDiff.Dedup;

/// <summary>Saving and loading an index.</summary>
/// <remarks>
/// File format, version 1, all integers little-endian:
/// <code>
/// magic      8 bytes  "CDIFFLSH"
/// version    uint32   1
/// length     uint64   byte count of the payload that follows
/// payload:   permutations int32, bands int32, rows int32, seed uint64, threshold float64,
///            false-positive weight float64, false-negative weight float64, tag (int32 byte count + UTF-8),
///            entry count int32, then per entry (in ordinal key order): key (int32 byte count + UTF-8),
///            set size int32, permutations × uint32 signature values
/// checksum   uint64   xxHash64 (seed 0) of every byte before it
/// </code>
/// Band buckets are not stored: they are recomputed from the signatures on load. A file is parsed and checked
/// completely before anything is inserted, so a bad file never leaves a half-loaded index.
/// </remarks>
public sealed partial class LshIndex
{
    /// <summary>The current file format version.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "CDIFFLSH"u8.ToArray();

    /// <summary>
    /// Saves the index to a file (written to a temporary file of this process's own first, then moved into place, so a
    /// reader never sees a partial file). Concurrent writers should go through <see cref="LshIndexSession"/>, which
    /// serialises them and merges their entries.
    /// </summary>
    /// <param name="path">The file.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        var temp = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, FormattableString.Invariant($".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Save(stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Writes the index to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Options.Permutations);
            writer.Write(Parameters.Bands);
            writer.Write(Parameters.Rows);
            writer.Write(Options.Seed);
            writer.Write(Options.Threshold);
            writer.Write(Options.FalsePositiveWeight);
            writer.Write(Options.FalseNegativeWeight);
            WriteString(writer, Options.Tag);
            var entries = storage.Snapshot();
            writer.Write(entries.Count);
            foreach (var (key, signature) in entries)
            {
                WriteString(writer, key);
                writer.Write(signature.SetSize);
                foreach (var value in signature.Values)
                {
                    writer.Write(value);
                }
            }
        }

        var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var header = new byte[Magic.Length + 4 + 8];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(Magic.Length), FormatVersion);
        BinaryPrimitives.WriteUInt64LittleEndian(header.AsSpan(Magic.Length + 4), (ulong)body.Length);
        var all = new byte[header.Length + body.Length];
        header.CopyTo(all, 0);
        body.CopyTo(all.AsSpan(header.Length));
        Span<byte> checksum = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, XxHash64.Hash(all));
        stream.Write(all);
        stream.Write(checksum);
    }

    /// <summary>Loads an index saved by <see cref="Save(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="storage">An empty storage to load into; <see langword="null"/> for memory.</param>
    /// <returns>The index.</returns>
    /// <exception cref="LshIndexFormatException">The file is corrupt, truncated, foreign or of another version.</exception>
    public static LshIndex Load(string path, ILshStorage? storage = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(File.ReadAllBytes(path), path, storage);
    }

    /// <summary>Loads an index from a stream read to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="name">A name for error messages.</param>
    /// <param name="storage">An empty storage to load into; <see langword="null"/> for memory.</param>
    /// <returns>The index.</returns>
    /// <exception cref="LshIndexFormatException">The data is corrupt, truncated, foreign or of another version.</exception>
    public static LshIndex Load(Stream stream, string name, ILshStorage? storage = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.ToArray(), name, storage);
    }

    private static LshIndex Load(byte[] data, string name, ILshStorage? storage)
    {
        var headerLength = Magic.Length + 4 + 8;
        if (data.Length < Magic.Length || !data.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new LshIndexFormatException(name, "it does not start with the magic bytes \"CDIFFLSH\" (a foreign or empty file).");
        }

        if (data.Length < headerLength + 8)
        {
            throw new LshIndexFormatException(name, $"truncated: {data.Length} bytes is shorter than the {headerLength + 8}-byte header and checksum.");
        }

        var version = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(Magic.Length));
        if (version != FormatVersion)
        {
            throw new LshIndexFormatException(name, $"format version {version}; this build reads version {FormatVersion}.");
        }

        var length = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(Magic.Length + 4));
        var expected = (ulong)headerLength + length + 8;
        if ((ulong)data.Length != expected)
        {
            throw new LshIndexFormatException(name, (ulong)data.Length < expected
                ? $"truncated: the header announces {expected} bytes, the file has {data.Length}."
                : $"{(ulong)data.Length - expected} unexpected bytes after the end announced by the header ({expected} bytes).");
        }

        var stored = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(data.Length - 8));
        var actual = XxHash64.Hash(data.AsSpan(0, data.Length - 8));
        if (stored != actual)
        {
            throw new LshIndexFormatException(name, $"checksum mismatch (stored {stored:x16}, computed {actual:x16}): the file is corrupt.");
        }

        var reader = new SpanReader(data, headerLength, data.Length - 8, name);
        var permutations = reader.Int32("permutations");
        var bands = reader.Int32("bands");
        var rows = reader.Int32("rows");
        var seed = reader.UInt64();
        var threshold = reader.Double();
        var fpWeight = reader.Double();
        var fnWeight = reader.Double();
        var tag = reader.String("tag");
        var options = new LshIndexOptions
        {
            Permutations = permutations,
            Seed = seed,
            Threshold = threshold,
            FalsePositiveWeight = fpWeight,
            FalseNegativeWeight = fnWeight,
            Parameters = new LshParameters(bands, rows),
            Tag = tag,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new LshIndexFormatException(name, $"invalid parameters: {ex.Message}");
        }

        var count = reader.Int32("entry count");
        var entries = new List<(string Key, MinHashSignature Signature)>(Math.Min(count, 1 << 20));
        var values = new uint[permutations];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.String("key");
            if (!seen.Add(key))
            {
                throw new LshIndexFormatException(name, $"the key '{key}' occurs twice.");
            }

            var setSize = reader.Int32("set size");
            for (var p = 0; p < permutations; p++)
            {
                values[p] = reader.UInt32();
            }

            entries.Add((key, new MinHashSignature(values, setSize, seed)));
        }

        reader.ExpectEnd();
        var index = new LshIndex(options, storage);
        foreach (var (key, signature) in entries)
        {
            index.Add(key, signature);
        }

        return index;
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>Bounds-checked little-endian reads that report the byte offset of a problem.</summary>
    private sealed class SpanReader(byte[] data, int position, int end, string name)
    {
        private int position = position;

        public int Int32(string what)
        {
            var value = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
            if (value < 0)
            {
                throw new LshIndexFormatException(name, $"negative {what} ({value}) at byte offset {position - 4}.");
            }

            return value;
        }

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

        public string String(string what)
        {
            var length = Int32(what + " length");
            try
            {
                return new UTF8Encoding(false, true).GetString(Take(length));
            }
            catch (DecoderFallbackException)
            {
                throw new LshIndexFormatException(name, $"the {what} ending at byte offset {position} is not valid UTF-8.");
            }
        }

        public void ExpectEnd()
        {
            if (position != end)
            {
                throw new LshIndexFormatException(name, $"{end - position} bytes left over after the last entry at byte offset {position}.");
            }
        }

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count > end - position)
            {
                throw new LshIndexFormatException(name, $"the payload ends at byte offset {end} but {count} more bytes are needed at offset {position}.");
            }

            var span = data.AsSpan(position, count);
            position += count;
            return span;
        }
    }
}
