// A scratch program that uses CorpusDiff only through its NuGet package, and checks the package it came from.
using System.IO.Compression;
using CorpusDiff;

// Named by the environment rather than an argument, so no runner's own option parsing can get in the way.
if (Environment.GetEnvironmentVariable("CONSUMER_REDIS_PACKAGE") is { Length: > 0 } redisPackage)
{
    return CheckRedisPackage(redisPackage);
}

if (args.Length == 1)
{
    using var package = ZipFile.OpenRead(args[0]);
    var names = package.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var required in new[] { "README.md", "lib/net10.0/CorpusDiff.dll", "lib/net10.0/CorpusDiff.xml" })
    {
        if (!names.Contains(required))
        {
            Console.Error.WriteLine($"consumer-check: the package lacks {required}");
            return 1;
        }
    }

    using var reader = new StreamReader(package.GetEntry("CorpusDiff.nuspec")!.Open());
    var spec = reader.ReadToEnd();
    foreach (var required in new[] { "<license type=\"expression\">", "<readme>README.md</readme>", "<repository " })
    {
        if (!spec.Contains(required, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"consumer-check: the nuspec lacks {required}");
            return 1;
        }
    }
}

var text = "date 2023-12-04 Shanghai port sets record\n\nThe port handled 49 million containers in 2023, officials said on Dec. 5. Growth was 4%.\n";
var doc = Corpus.Parse(text, "consumer.txt");
if (doc.Sentences.Count == 0 || doc.Tokens.Count == 0)
{
    Console.Error.WriteLine("consumer-check: the package parsed nothing");
    return 1;
}

foreach (var s in doc.Sentences)
{
    if (text[s.Start..s.End] != s.Text)
    {
        Console.Error.WriteLine($"consumer-check: sentence {s.Index} offsets do not match its text");
        return 1;
    }
}

// Every feature, through the package only.
var source = Corpus.Parse(
    "date 2024-03-07 Port sets record\n\nThe port handled 15.2 million containers in 2023, chief executive Marieke de Vries said on Tuesday. " +
    "Net profit rose 11% to 512 million euros. Minister Pieter Jansen opened one terminal on Wednesday.\n", "source.txt");
var rewrite = Corpus.Parse(
    "date 2024-03-08 Record year at the port\n\nNet profit rose 11% to 521 million euros, the port said. " +
    "Minister Pieter Jansen opened new terminals on Wednesday.\n", "rewrite.txt");
var comparison = Corpus.Compare(source, rewrite);
if (comparison.Alignments.Count == 0 || comparison.Consistency.Divergences.Count == 0)
{
    Console.Error.WriteLine("consumer-check: compare found no alignment or no divergence in a drifted rewrite");
    return 1;
}

var levenshtein = CorpusDiff.Similarity.SimilarityMetrics.Levenshtein.Distance("kitten", "sitting");
if (levenshtein != 3)
{
    Console.Error.WriteLine($"consumer-check: Levenshtein(kitten, sitting) = {levenshtein}, expected 3");
    return 1;
}

var copy = Corpus.Parse(source.Text.Replace(". ", ".\n", StringComparison.Ordinal), "copy.txt");
var dedup = Corpus.Dedup([source, rewrite, copy]);
if (dedup.Groups.Count != 2)
{
    Console.Error.WriteLine($"consumer-check: dedup made {dedup.Groups.Count} groups, expected 2 (the copy with its original)");
    return 1;
}

Console.WriteLine($"consumer-check: ok ({doc.Sentences.Count} sentences, {comparison.Alignments.Count} alignments, " +
    $"{comparison.Consistency.Divergences.Count} divergences, {dedup.Groups.Count} dedup groups)");
return 0;

// CorpusDiff.Redis ships like the core package (readme, docs, XML docs, symbols) and depends on the core and the client.
static int CheckRedisPackage(string path)
{
    using var package = ZipFile.OpenRead(path);
    var names = package.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var required in new[] { "README.md", "docs/scale.md", "lib/net10.0/CorpusDiff.Redis.dll", "lib/net10.0/CorpusDiff.Redis.xml" })
    {
        if (!names.Contains(required))
        {
            Console.Error.WriteLine($"consumer-check: CorpusDiff.Redis lacks {required}");
            return 1;
        }
    }

    using var reader = new StreamReader(package.GetEntry("CorpusDiff.Redis.nuspec")!.Open());
    var spec = reader.ReadToEnd();
    foreach (var required in new[] { "<readme>README.md</readme>", "id=\"CorpusDiff\"", "id=\"StackExchange.Redis\"" })
    {
        if (!spec.Contains(required, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"consumer-check: the CorpusDiff.Redis nuspec lacks {required}");
            return 1;
        }
    }

    Console.WriteLine("consumer-check: CorpusDiff.Redis package ok");
    return 0;
}
