using System.Runtime.InteropServices;

namespace CorpusDiff.Cli;

/// <summary>
/// The C library calls the CLI makes on Linux, where .NET's own file APIs make several system calls for one answer
/// (<see cref="FileIdentity"/>'s stat, <see cref="FileContent"/>'s read). Callers catch
/// <see cref="EntryPointNotFoundException"/> and <see cref="DllNotFoundException"/> and fall back to .NET.
/// </summary>
internal static class LibC
{
#pragma warning disable SYSLIB1054, CA5392 // plain blittable calls, a few per input file; the generated marshaller would need unsafe code for nothing
    /// <summary><c>stat(2)</c> into a buffer large enough for <c>struct stat</c> (glibc 2.33+ exports it).</summary>
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    /// <summary><c>open(2)</c> without a mode (no file is created).</summary>
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    /// <summary><c>read(2)</c> into the bytes from <paramref name="buffer"/> on.</summary>
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern nint read(int descriptor, ref byte buffer, nuint count);

    /// <summary><c>close(2)</c>.</summary>
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int close(int descriptor);
#pragma warning restore SYSLIB1054, CA5392
}
