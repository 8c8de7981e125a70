using System.Diagnostics;
using CorpusDiff.Dedup;
using CorpusDiff.Redis.Tests.TestSupport;
using StackExchange.Redis;

namespace CorpusDiff.Redis.Tests;

/// <summary>The built CLI, run as separate worker processes against real Redis servers.</summary>
[Collection(RedisCollection.Name)]
public sealed class SharedIndexProcessTests(RedisServers servers)
{
    [RedisTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Dedup_FourWorkerProcessesAtOnce_GroupsMatchOneMachineRun(bool cluster)
    {
        using var corpus = PlantedCorpus.Write(count: 800, shards: 4);
        var uri = $"redis://{servers.Hosts(cluster)}/four-{Guid.NewGuid():N}";

        var workers = Enumerable.Range(0, 4).Select(s => CliProcess.Start("dedup", corpus.ShardPath(s), "--index", uri, "--quiet", "--format", "json")).ToList();
        foreach (var worker in workers)
        {
            using (worker)
            {
                var (code, _, error) = worker.Wait();
                code.Should().Be(0, error);
            }
        }

        var groups = CliProcess.Run("groups", "--index", uri, "--format", "json");
        var oneMachine = CliProcess.Run("dedup", corpus.Root, "--quiet", "--format", "json");

        groups.ExitCode.Should().Be(0, groups.Error);
        oneMachine.ExitCode.Should().Be(0, oneMachine.Error);
        Partition.Documents(groups.Out).Should().BeEquivalentTo(Partition.Documents(oneMachine.Out), "every document is present");
        var (precision, recall, expectedPairs) = Partition.Agreement(Partition.Groups(groups.Out), Partition.Groups(oneMachine.Out));
        expectedPairs.Should().BeGreaterThan(100, "the planted corpus has many duplicate pairs");
        precision.Should().BeGreaterThanOrEqualTo(0.99);
        recall.Should().BeGreaterThanOrEqualTo(0.99);
    }

    [RedisFact]
    public void Dedup_SameFilesTwice_ReplacesEntriesAndKeepsGroups()
    {
        using var corpus = PlantedCorpus.Write(count: 60, shards: 1);
        var uri = $"redis://{servers.Single}/again-{Guid.NewGuid():N}";

        CliProcess.Run("dedup", corpus.Root, "--index", uri, "--quiet").ExitCode.Should().Be(0);
        var first = CliProcess.Run("groups", "--index", uri);
        var again = CliProcess.Run("dedup", corpus.Root, "--index", uri, "--quiet", "--format", "text");
        var second = CliProcess.Run("groups", "--index", uri);

        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain($"{corpus.Count} entries loaded, {corpus.Count} saved");
        Partition.Documents(second.Out).Should().HaveCount(corpus.Count);
        Partition.Agreement(Partition.Groups(second.Out), Partition.Groups(first.Out)).Should().Be((1.0, 1.0, Partition.Agreement(Partition.Groups(first.Out), Partition.Groups(first.Out)).ExpectedPairs));
    }

    [RedisFact]
    public void Dedup_IndexBuiltWithOtherShingleSize_IsRefused()
    {
        using var corpus = PlantedCorpus.Write(count: 10, shards: 1);
        var uri = $"redis://{servers.Single}/params-{Guid.NewGuid():N}";
        CliProcess.Run("dedup", corpus.Root, "--index", uri, "--quiet").ExitCode.Should().Be(0);

        var (code, _, error) = CliProcess.Run("dedup", corpus.Root, "--index", uri, "--quiet", "--k", "4");

        code.Should().Be(1);
        error.Should().Contain("'word:3'").And.Contain("'word:4'").And.NotContain("   at ");
    }

    [Fact]
    public void Dedup_RedisUnreachable_FailsNamingTheAddressWithoutThePassword()
    {
        var port = RedisServers.FreePorts(1);
        using var corpus = PlantedCorpus.Write(count: 4, shards: 1);
        var clock = Stopwatch.StartNew();

        var (code, _, error) = CliProcess.Run("dedup", corpus.Root, "--index", $"redis://worker:hunter2@127.0.0.1:{port}/news", "--quiet");

        code.Should().Be(1);
        error.Should().Contain($"127.0.0.1:{port}").And.Contain("cannot reach Redis").And.NotContain("hunter2").And.NotContain("   at ");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(1), "it must not hang (a generous bound: this is no timing test)");
    }

    [RedisFact]
    public void Dedup_ServerKilledMidRun_FailsClearlyLeavesNoHalfDocumentAndRerunCompletes()
    {
        var port = RedisServers.FreePorts(1);
        var dir = Directory.CreateTempSubdirectory("corpusdiff-kill-").FullName;
        using var corpus = PlantedCorpus.Write(count: 3000, shards: 1);
        var name = "kill";
        var uri = $"redis://127.0.0.1:{port}/{name}";
        var server = StartServer(port, dir);
        try
        {
            using (var worker = CliProcess.Start("dedup", corpus.Root, "--index", uri, "--quiet"))
            {
                // Kill the server as soon as the worker starts writing documents.
                using (var watch = ConnectionMultiplexer.Connect($"127.0.0.1:{port}"))
                {
                    var db = watch.GetServer($"127.0.0.1:{port}");
                    while (!worker.HasExited && db.DatabaseSize() < 50)
                    {
                        Thread.Sleep(5);
                    }
                }

                server.Kill();
                server.WaitForExit();
                var (code, _, error) = worker.Wait();

                code.Should().Be(1, "the worker lost its server mid-run");
                error.Should().Contain($"127.0.0.1:{port}").And.NotContain("   at ");
            }

            server.Dispose();
            server = StartServer(port, dir);

            using (var index = RedisDedupIndex.Open(RedisIndexAddress.Parse(uri, null, null), null))
            {
                AssertEveryVisibleDocumentIsComplete(index, $"127.0.0.1:{port}", name);
            }

            var rerun = CliProcess.Run("dedup", corpus.Root, "--index", uri, "--quiet");
            rerun.ExitCode.Should().Be(0, rerun.Error);
            var groups = CliProcess.Run("groups", "--index", uri);
            Partition.Documents(groups.Out).Should().HaveCount(corpus.Count);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill();
                server.WaitForExit();
            }

            server.Dispose();
            Directory.Delete(dir, recursive: true);
        }
    }

    [RedisFact]
    public void Dedup_WorkerKilledMidRun_LeavesNoHalfDocumentAndRerunCompletes()
    {
        using var corpus = PlantedCorpus.Write(count: 2000, shards: 1);
        var name = $"interrupted-{Guid.NewGuid():N}";
        var uri = $"redis://{servers.Single}/{name}";
        using (var worker = CliProcess.Start("dedup", corpus.Root, "--index", uri, "--quiet"))
        {
            // Like Ctrl-C, but harder: the worker gets no chance to tidy up.
            // Killed once the first batch has taken its ordinals: it is then writing records and buckets. (A key
            // probe, not a SCAN: the shared test server holds every other test's keys too.)
            using var watch = ConnectionMultiplexer.Connect($"{servers.Single},syncTimeout=30000");
            var next = new RedisKeys(name).Next;
            while (!worker.HasExited && !watch.GetDatabase().KeyExists(next))
            {
                Thread.Sleep(5);
            }

            worker.Kill();
        }

        using (var index = RedisDedupIndex.Open(RedisIndexAddress.Parse(uri, null, null), null))
        {
            AssertEveryVisibleDocumentIsComplete(index, servers.Single, name);
        }

        var rerun = CliProcess.Run("dedup", corpus.Root, "--index", uri, "--quiet");
        rerun.ExitCode.Should().Be(0, rerun.Error);
        Partition.Documents(CliProcess.Run("groups", "--index", uri).Out).Should().HaveCount(corpus.Count);
    }

    private static void AssertEveryVisibleDocumentIsComplete(RedisDedupIndex index, string hosts, string name)
    {
        using var connection = ConnectionMultiplexer.Connect(hosts);
        var database = connection.GetDatabase();
        var keys = new RedisKeys(name);
        var layout = new RedisLayout(index.Options.Permutations, index.Parameters, index.PagesPerBand, index.SignatureBits);
        var buckets = new (long Page, short Score)[index.Parameters.Bands];
        foreach (var document in index.Documents())
        {
            // Stored signatures are the low bits already, so truncating them again changes nothing.
            layout.Buckets(layout.Truncate(document.Signature), buckets);
            var id = RedisKeys.Id(document.Key);
            var ordinal = (long)database.HashGet(keys.KeyMap(layout.KeyPage(id)), RedisKeys.KeyField(id));
            for (var band = 0; band < buckets.Length; band++)
            {
                database.SortedSetScore(keys.Bucket(band, buckets[band].Page), layout.Member(ordinal)).Should().Be(buckets[band].Score, $"{document.Key} is visible, so every one of its buckets was written");
            }
        }
    }

    private static Process StartServer(int port, string dir)
    {
        // Append-only with fsync on every write, so what was acknowledged before the kill is there after the restart.
        var info = new ProcessStartInfo(RedisServers.FindOnPath("redis-server")!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info)!;
        try
        {
            process.BeginOutputReadLine();
            for (var i = 0; i < 100; i++)
            {
                try
                {
                    using var probe = ConnectionMultiplexer.Connect($"127.0.0.1:{port},connectTimeout=500,allowAdmin=true");
                    if (probe.GetServer($"127.0.0.1:{port}").Info("persistence").SelectMany(g => g).Any(kv => kv.Key == "loading" && kv.Value == "0"))
                    {
                        return process;
                    }
                }
                catch (RedisConnectionException)
                {
                }

                Thread.Sleep(100);
            }

            throw new InvalidOperationException($"redis-server on port {port} did not start.");
        }
        catch
        {
            // Never leave a server behind: this one is not daemonized, so the test owns it.
            process.Kill();
            process.WaitForExit();
            process.Dispose();
            throw;
        }
    }
}
