using System.Collections.Concurrent;

namespace CorpusDiff.Cli;

/// <summary>
/// Temporary files this run may leave behind (reports and indexes before their atomic rename), deleted when the run
/// fails or is interrupted, so Ctrl-C leaves neither a partial output nor litter.
/// </summary>
internal static class TempFiles
{
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    /// <summary>A fresh name in the target's folder (a rename is atomic only within one file system), registered for clean-up.</summary>
    public static string NewPathBeside(string target)
    {
        var full = Path.GetFullPath(target);
        var name = FormattableString.Invariant($".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", name);
        Pending[temp] = 0;
        return temp;
    }

    /// <summary>Registers a temporary file created elsewhere (the library's index writer).</summary>
    public static void Track(string temp) => Pending[temp] = 0;

    /// <summary>Stops tracking a file that was moved into place.</summary>
    public static void Forget(string temp) => Pending.TryRemove(temp, out _);

    /// <summary>Deletes a temporary file, ignoring one that is already gone.</summary>
    public static void Delete(string temp)
    {
        Pending.TryRemove(temp, out _);
        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the file is hidden, named after this process, and harmless to the report it would have replaced.
        }
    }

    /// <summary>Deletes every pending temporary file (on Ctrl-C).</summary>
    public static void DeleteAll()
    {
        foreach (var temp in Pending.Keys)
        {
            Delete(temp);
        }
    }
}
