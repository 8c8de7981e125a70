using System.Runtime.InteropServices;

namespace CorpusDiff.Cli;

/// <summary>
/// Which real file or folder a path names: its device and inode where the platform tells them (so hard links and
/// links through other folders are seen as one), otherwise its full path with every symbolic link resolved.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? ResolvedPath)
{
    /// <summary>Returns the identity of an existing path, following links; <see langword="null"/> when nothing is there.</summary>
    public static FileIdentity? Of(string path)
    {
        // stat(2) follows every link on the way, so it names the real file at once: one system call where resolving
        // the path component by component takes three a component (every input is identified, some twice).
        if (OperatingSystem.IsLinux() && Stat.TryGet(path, out var realDevice, out var realInode, out _))
        {
            return new FileIdentity(realDevice, realInode, null);
        }

        var resolved = Resolve(path);
        if (resolved is null)
        {
            return null;
        }

        if (OperatingSystem.IsLinux() && Stat.TryGet(resolved, out var device, out var inode, out _))
        {
            return new FileIdentity(device, inode, null);
        }

        return new FileIdentity(0, 0, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? resolved.ToUpperInvariant() : resolved);
    }

    /// <summary>
    /// Returns the identity of an existing path as <see cref="Of(string)"/> does, and what <see cref="SpecialKind"/> says of it,
    /// from one <c>stat(2)</c> where the platform has it (every file of a walked folder is asked both).
    /// </summary>
    public static FileIdentity? Of(string path, out string? specialKind)
    {
        if (OperatingSystem.IsLinux() && Stat.TryGet(path, out var device, out var inode, out var mode))
        {
            specialKind = KindOf(mode);
            return new FileIdentity(device, inode, null);
        }

        specialKind = SpecialKind(path);
        return Of(path);
    }

    /// <summary>
    /// Returns what a path is when it is a special file that reading could block on or that holds no text: a named pipe
    /// (FIFO), a character or block device, or a socket; <see langword="null"/> for a regular file, a folder, or where the
    /// platform does not tell (only Linux on x86-64 and arm64 is asked).
    /// </summary>
    public static string? SpecialKind(string path)
    {
        if (!OperatingSystem.IsLinux() || !Stat.TryGet(path, out _, out _, out var mode))
        {
            return null;
        }

        return KindOf(mode);
    }

    /// <summary>Names the special file type in the file-type bits of <c>st_mode</c> (S_IFMT, as in &lt;sys/stat.h&gt;).</summary>
    private static string? KindOf(uint mode) => (mode & 0xF000) switch
    {
        0x1000 => "a named pipe (FIFO)",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => null,
    };

    /// <summary>Returns the full path with every symbolic link on the way resolved, or <see langword="null"/> when it does not exist.</summary>
    public static string? Resolve(string path)
    {
        try
        {
            return ResolveLinks(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A loop of links (ELOOP) or a folder on the way that cannot be read: nothing real to name.
            return null;
        }
    }

    private static string? ResolveLinks(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists && info.LinkTarget is null)
            {
                return null;
            }

            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                if (target is null || !target.Exists)
                {
                    return null;
                }

                // The target may itself pass through links in its folders: resolve it again from the root.
                var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                var combined = rest.Length == 0 ? target.FullName : Path.Combine(target.FullName, rest);
                return string.Equals(combined, full, StringComparison.Ordinal) ? combined : ResolveLinks(combined);
            }

            current = next;
        }

        return full;
    }

    /// <summary><c>stat(2)</c> on Linux (glibc 2.33+ exports it; older ones fall back to resolved paths).</summary>
    private static class Stat
    {
        private static bool unavailable;

        /// <summary>One buffer a thread: every input file is stat-ed, and the buffer is read before the next call.</summary>
        [ThreadStatic]
        private static byte[]? scratch;

        public static bool TryGet(string path, out ulong device, out ulong inode, out uint mode)
        {
            device = inode = 0;
            mode = 0;
            if (unavailable || (RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64)))
            {
                return false;
            }

            // struct stat on x86-64 and arm64 Linux begins with st_dev and st_ino, both 64-bit; 256 bytes covers the whole struct.
            // st_mode follows a 64-bit st_nlink on x86-64, and comes before a 32-bit one on arm64.
            var buffer = scratch ??= new byte[256];
            try
            {
                if (LibC.stat(path, buffer) != 0)
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                unavailable = true;
                return false;
            }

            device = BitConverter.ToUInt64(buffer, 0);
            inode = BitConverter.ToUInt64(buffer, 8);
            mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16);
            return true;
        }
    }
}
