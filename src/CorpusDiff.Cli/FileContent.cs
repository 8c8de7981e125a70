using System.Buffers;
using System.Runtime.InteropServices;
using CorpusDiff.Documents;

namespace CorpusDiff.Cli;

/// <summary>
/// Reads an input file whole and decodes it. On Linux that is <c>open(2)</c>, <c>read(2)</c> to the end and
/// <c>close(2)</c>: four system calls for a small file, where a <see cref="FileStream"/> makes eight (two
/// <c>fstat</c>, a shared <c>flock</c> taken and released, a read past the end), and on a virtual machine those calls
/// were about a tenth of a 100,000-file dedup run's CPU (docs/benchmarks.md, "Round 6"). Whatever fails on that path is
/// read again through <see cref="FileStream"/>, so a file that cannot be read is reported with the same message as
/// before; bytes that are not text are refused by the same decoder either way.
/// </summary>
internal static class FileContent
{
    /// <summary>Most news files fit the first read; a larger one doubles the buffer.</summary>
    private const int FirstBuffer = 16 * 1024;

    /// <summary>Buffers up to this size come from the shared pool; a larger file gets its own array, which the collector takes back.</summary>
    private const int MaxPooledBuffer = 1 << 20;

    /// <summary><c>O_RDONLY | O_CLOEXEC</c>: the same values on x86-64 and arm64 Linux.</summary>
    private const int OpenReadOnlyCloseOnExec = 0x80000;

    /// <summary><c>EINTR</c>: a read interrupted by a signal before it read anything is simply asked again.</summary>
    private const int Interrupted = 4;

    /// <summary>Where the direct read is tried: Linux on the two architectures whose flag values are written above.</summary>
    private static readonly bool Supported = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    private static bool unavailable;

    /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DocumentFormatException">The bytes are not text.</exception>
    public static RawDocument Read(string id, string path)
    {
        if (Supported && !unavailable && TryReadAll(path, out var buffer, out var length))
        {
            try
            {
                return RawDocument.FromBytes(buffer.AsSpan(0, length), id, path);
            }
            finally
            {
                Release(buffer);
            }
        }

        // Unbuffered: the whole file is read at once into its own buffer, so a stream buffer would only be copied.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        return RawDocument.Read(stream, id, path);
    }

    private static bool TryReadAll(string path, out byte[] buffer, out int length)
    {
        buffer = [];
        length = 0;
        int descriptor;
        try
        {
            descriptor = LibC.open(path, OpenReadOnlyCloseOnExec);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return false;
        }

        if (descriptor < 0)
        {
            return false;
        }

        var current = ArrayPool<byte>.Shared.Rent(FirstBuffer);
        var filled = 0;
        var complete = false;
        try
        {
            while (true)
            {
                if (filled == current.Length)
                {
                    if (current.Length > Array.MaxLength / 2)
                    {
                        break;
                    }

                    current = Grow(current, filled);
                }

                var read = LibC.read(descriptor, ref current[filled], (nuint)(current.Length - filled));
                if (read > 0)
                {
                    filled += (int)read;
                }
                else if (read == 0)
                {
                    complete = true;
                    break;
                }
                else if (Marshal.GetLastPInvokeError() != Interrupted)
                {
                    break;
                }
            }
        }
        finally
        {
            _ = LibC.close(descriptor);
        }

        if (!complete)
        {
            Release(current);
            return false;
        }

        buffer = current;
        length = filled;
        return true;
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var size = buffer.Length * 2;
        var grown = size <= MaxPooledBuffer ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);
        buffer.AsSpan(0, filled).CopyTo(grown);
        Release(buffer);
        return grown;
    }

    private static void Release(byte[] buffer)
    {
        if (buffer.Length <= MaxPooledBuffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
