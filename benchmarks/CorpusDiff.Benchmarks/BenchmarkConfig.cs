using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CorpusDiff.Benchmarks;

/// <summary>The two ways the suite runs: a full measurement, and a quick in-process pass that proves it still runs.</summary>
public static class BenchmarkConfig
{
    /// <summary>Full measurement with the default job, memory diagnoser and a GitHub-markdown exporter.</summary>
    /// <returns>The configuration.</returns>
    public static IConfig Full() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .AddColumn(RankColumn.Arabic)

        // DiffPlex 1.4.4 (a baseline peer) ships a non-optimized build; measuring against it as published is the point.
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    /// <summary>
    /// One short in-process iteration per benchmark: no separate process build, so the whole suite runs in
    /// well under two minutes. Its numbers are not measurements.
    /// </summary>
    /// <returns>The configuration.</returns>
    public static IConfig Quick() => ManualConfig.CreateEmpty()
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("quick"))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
