namespace CorpusDiff.Cli.Tests;

/// <summary>A scratch folder for one test, deleted afterwards (links and read-only files included).</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"cd-rel-{Guid.NewGuid():N}");

    public string this[string relative] => Path.Combine(Root, relative);

    public string Write(string relative, string text)
    {
        var path = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        MakeWritable(new DirectoryInfo(Root));
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Gives back the permissions a test took away, walking real folders only (tests plant link loops).</summary>
    private static void MakeWritable(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null || OperatingSystem.IsWindows())
            {
                continue;
            }

            if (entry is DirectoryInfo sub)
            {
                MakeWritable(sub);
            }
            else
            {
                File.SetUnixFileMode(entry.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }
}
