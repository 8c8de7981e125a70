using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CorpusDiff.Redis.Tests.TestSupport;

/// <summary>
/// The Redis servers the tests use: a single node and a 3-node cluster on loopback. CI (<c>.ci/run</c>) starts them
/// and names them in <c>CORPUSDIFF_TEST_REDIS</c> and <c>CORPUSDIFF_TEST_REDIS_CLUSTER</c>; otherwise the tests start
/// their own with <c>.ci/redis-servers.sh</c> when <c>redis-server</c> is installed, and stop them at the end.
/// </summary>
public sealed class RedisServers : IDisposable
{
    public const string SingleVariable = "CORPUSDIFF_TEST_REDIS";
    public const string ClusterVariable = "CORPUSDIFF_TEST_REDIS_CLUSTER";

    private readonly string? ownedDir;

    public RedisServers()
    {
        var single = Environment.GetEnvironmentVariable(SingleVariable);
        var cluster = Environment.GetEnvironmentVariable(ClusterVariable);
        if (!string.IsNullOrEmpty(single) && !string.IsNullOrEmpty(cluster))
        {
            Single = single;
            Cluster = cluster;
            return;
        }

        if (!IsInstalled)
        {
            // Not thrown here: xunit builds the fixture even when every test is skipped. A test that runs fails on use.
            Single = Cluster = string.Empty;
            return;
        }

        ownedDir = Path.Combine(Path.GetTempPath(), "corpusdiff-redis-tests-" + Environment.ProcessId);
        var basePort = FreePorts(4);
        Script("start", ownedDir, basePort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Single = $"127.0.0.1:{basePort}";
        Cluster = $"127.0.0.1:{basePort + 1},127.0.0.1:{basePort + 2},127.0.0.1:{basePort + 3}";
    }

    public const string InstallHint = "install it with `apt-get install -y redis-server` (Debian/Ubuntu) to run the Redis tests.";

    /// <summary>Gets whether redis-server is on the PATH or the servers are named in the environment.</summary>
    public static bool IsAvailable =>
        (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SingleVariable)) && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ClusterVariable)))
        || IsInstalled;

    public static bool IsInstalled => FindOnPath("redis-server") is not null && FindOnPath("redis-cli") is not null;

    /// <summary>Gets the single node, <c>host:port</c>.</summary>
    public string Single { get => Checked(field); private init; }

    /// <summary>Gets the cluster's nodes, <c>host:port,host:port,host:port</c>.</summary>
    public string Cluster { get => Checked(field); private init; }

    public string Hosts(bool cluster) => cluster ? Cluster : Single;

    private static string Checked(string value) => value.Length > 0
        ? value
        : throw new InvalidOperationException($"redis-server is not installed and {SingleVariable}/{ClusterVariable} are not set: {InstallHint}");

    public void Dispose()
    {
        if (ownedDir is not null)
        {
            Script("stop", ownedDir);
        }
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    /// <summary>Finds <paramref name="count"/> consecutive free loopback ports.</summary>
    public static int FreePorts(int count)
    {
        var start = 20000 + (Environment.ProcessId % 20000);
        for (var port = start; port < 65000; port += count)
        {
            if (Enumerable.Range(port, count).All(IsFree))
            {
                return port;
            }
        }

        throw new InvalidOperationException("No free loopback ports.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Script(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(Repository.Root, ".ci", "redis-servers.sh"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($".ci/redis-servers.sh {string.Join(' ', args)} failed: {error.Result}");
        }
    }
}
