using BenchmarkDotNet.Running;

namespace CorpusDiff.Benchmarks;

/// <summary>Runs the benchmark suite; <c>--quick</c> runs every benchmark once with a short job, as CI does.</summary>
public static class Program
{
    /// <summary>Entry point: arguments are BenchmarkDotNet's (<c>--filter</c>, …) plus <c>--quick</c>.</summary>
    /// <param name="args">Command-line arguments.</param>
    public static void Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "dedup-accuracy")
        {
            Dedup.DedupAccuracy.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "minhash",
                args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : null);
            return;
        }

        if (args.Length >= 1 && args[0] == "dedup-sweep")
        {
            Dedup.EditSweep.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "eval"));
            return;
        }

        if (args.Length >= 3 && args[0] == "dedup-score")
        {
            Dedup.DedupAccuracy.Score(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
            return;
        }

        if (args.Length >= 3 && args[0] == "dedup-generate")
        {
            Dedup.DedupAccuracy.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
            return;
        }

        if (args.Length >= 3 && args[0] == "consistency-features")
        {
            Consistency.ConsistencyFeatureDump.Run(args[1], args[2..]);
            return;
        }

        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToArray();
        var config = quick ? BenchmarkConfig.Quick() : BenchmarkConfig.Full();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
    }
}
